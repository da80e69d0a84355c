using System.Text.RegularExpressions;

namespace Bot.Answering;

/// <summary>
/// Splits a message that asks several things ("who ordered it and who defended it?", "Who? And why?") into
/// questions answered one by one. A single question comes back unchanged.
/// </summary>
public static partial class QuestionSplitter
{
    public const int MaxParts = 3;

    public static IReadOnlyList<string> Split(string question)
    {
        if (Enumerated(question) is { } items)
        {
            return items;
        }

        var parts = new List<string>();
        foreach (var whole in QuestionMark().Split(question))
        {
            // "For a policy memo: who gave the order, who defended it?": the words before the colon frame the questions.
            var colon = whole.IndexOf(':');
            var sentence = colon > 0 && LeadingWh().IsMatch(whole[(colon + 1)..].TrimStart()) && !LeadingWh().IsMatch(whole.TrimStart()) ? whole[(colon + 1)..] : whole;
            // "who greenlit it and did the adviser defend it?": a yes/no question joined to a wh-question is asked too;
            // "… and did that commander object?" leans on the first question, so the two stay one.
            var andParts = LeadingWh().IsMatch(sentence.TrimStart()) ? AndWh().Split(sentence).SelectMany(p => AndAux().Split(p)) : AndWh().Split(sentence);
            foreach (var part in andParts)
            {
                // "who gave the order, who defended it": a list of questions, each led by its own wh-word.
                parts.AddRange(LeadingWh().IsMatch(part.TrimStart()) ? CommaWh().Split(part) : [part]);
            }
        }

        var kept = parts.Select(p => p.Trim(' ', ',', ';', ':')).Where(p => p.Length > 0).ToList();
        var remarkDropped = false;
        // "schumer backed the pause, right? makes sense for a dem tbh": a closing remark asks nothing.
        if (kept.Count > 1 && !kept[^1].EndsWith('?') && QuestionPatterns.ClosingRemark().IsMatch(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
            remarkDropped = true;
        }

        for (var i = 1; i < kept.Count; i++)
        {
            // "has the pentagon explained why? or is it all secret": an "or" offers another answer to the same question.
            if (kept[i].StartsWith("or ", StringComparison.OrdinalIgnoreCase))
            {
                kept[i - 1] = kept[i - 1].TrimEnd('?', ' ') + " " + kept[i];
                kept.RemoveAt(i--);
            }
        }

        for (var i = 1; i < kept.Count; i++)
        {
            // "who made the call and when roughly": a trailing bare wh-word asks the same thing of the question before it.
            var bare = BareWhWithAdverb().Match(kept[i]);
            var before = LeadingWh().Match(kept[i - 1]);
            if (bare.Success && before.Success && !BareWh().IsMatch(kept[i - 1]))
            {
                kept[i] = bare.Groups["wh"].Value + kept[i - 1][before.Length..].TrimEnd('?') + "?";
            }
        }

        for (var i = 0; i + 1 < kept.Count; i++)
        {
            // "When and where is the meeting?": the bare word shares the rest of the next question.
            var next = LeadingWh().Match(kept[i + 1]);
            if (BareWh().IsMatch(kept[i]) && next.Success)
            {
                kept[i] = kept[i] + kept[i + 1][next.Length..];
            }
        }

        if (kept.Count == 0 || (kept.Count == 1 && !remarkDropped))
        {
            return [question];
        }

        return kept.Take(MaxParts).ToList();
    }

    /// <summary>
    /// "Could you tell me (a) who issued the directive, (b) what it aims at, and (c) whether its duration is known?":
    /// each lettered or numbered item is a question of its own; the words before the first only frame them.
    /// </summary>
    private static List<string>? Enumerated(string question)
    {
        var markers = ItemMarker().Matches(question);
        if (markers.Count < 2)
        {
            return null;
        }

        var items = new List<string>();
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : question.Length;
            var item = TrailingJoin().Replace(question[start..end].Trim(), "").Trim(' ', ',', ';', '?', '.');
            if (item.Length > 0)
            {
                items.Add(item + "?");
            }
        }

        return items.Count >= 2 ? items.Take(MaxParts).ToList() : null;
    }

    [GeneratedRegex(@"(?:^|\s)\(?(?:[a-e]|[1-5]|i{1,3}|iv)\)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"[,;]?\s*(?:and|or)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex(@"^(who|what|why|when|where|how|which)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareWh();

    [GeneratedRegex(@"^(?<wh>when|where|why|how)\s+(roughly|exactly|approximately|precisely|though|tho)\??$", RegexOptions.IgnoreCase)]
    private static partial Regex BareWhWithAdverb();

    [GeneratedRegex(@"^(who|what|why|when|where|how|which)(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWh();

    [GeneratedRegex(@",\s*(?=(?:who|what|why|when|where|how)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|s|\w+ed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CommaWh();

    [GeneratedRegex(@"(?<=\?)\s+(?=\S)")]
    private static partial Regex QuestionMark();

    [GeneratedRegex(@"(?:,\s*|\s+)and\s+(?=(?:who|what|why|when|where|how|which)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AndWh();

    [GeneratedRegex(@"(?:,\s*|\s+)and\s+(?=(?:did|does|was|were|has|have|is|are)\s+(?!(?:that|this|those|these)\b)(?:the|he|she|they|anyone|any|\w+s?)\s+\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex AndAux();

}
