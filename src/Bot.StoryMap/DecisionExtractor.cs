using System.Text.RegularExpressions;
using Bot.Core.Model;

namespace Bot.StoryMap;

/// <summary>
/// Finds each article's decisions: sentences with a decision verb grouped by verb family ("halted", "paused",
/// "suspension" are one decision), the agents named with "issued by / directive from", the stated purposes,
/// what the article says is not known, and the time cues around it.
/// </summary>
internal static partial class DecisionExtractor
{
    private static readonly string[] s_haltFamily = ["halt", "paus", "suspen", "ceas", "stop"];
    private static readonly string[] s_orderNouns = ["order", "directive", "decision", "decided"];

    public static IEnumerable<Decision> Extract(
        Article article,
        IReadOnlyDictionary<string, List<Mention>> mentions,
        IReadOnlyDictionary<string, Actor> actors,
        IReadOnlyList<Reaction> reactions)
    {
        var sentences = article.Sentences.Where(s => !s.IsHeading).ToArray();
        var families = new Dictionary<string, List<(Sentence Sentence, Match Match)>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (Match match in Cues.Decision().Matches(sentence.Text))
            {
                if (IsInOrderTo(sentence.Text, match))
                {
                    continue;
                }

                var family = Family(match.Value);
                if (!families.TryGetValue(family, out var list))
                {
                    families[family] = list = [];
                }

                if (list.All(x => x.Sentence.Id != sentence.Id))
                {
                    list.Add((sentence, match));
                }
            }
        }

        // "order / directive / decision" nouns describe the main action rather than a separate one.
        if (families.Remove("order", out var orders))
        {
            var main = families.Values.OrderBy(l => l[0].Sentence.Ordinal).FirstOrDefault();
            if (main is null)
            {
                families["order"] = orders;
            }
            else
            {
                main.AddRange(orders.Where(o => main.All(m => m.Sentence.Id != o.Sentence.Id)));
            }
        }

        var number = 0;
        foreach (var group in families.Values.OrderBy(l => l.Min(x => x.Sentence.Ordinal)))
        {
            group.Sort((a, b) => a.Sentence.Ordinal.CompareTo(b.Sentence.Ordinal));
            var lead = group.FirstOrDefault(g => Family(g.Match.Value) != "order");
            if (lead.Sentence is null)
            {
                lead = group[0];
            }

            var groupIds = group.Select(g => g.Sentence.Id).ToHashSet(StringComparer.Ordinal);
            var agents = FindAgents(group, mentions, actors);
            number++;
            yield return new Decision($"{article.Id}#d{number}", article.Id, ActionPhrase(lead.Sentence.Text, lead.Match), ToEvidence(lead.Sentence))
            {
                AgentActorIds = agents.Select(a => a.ActorId).Distinct().ToArray(),
                AgentEvidence = agents.Select(a => a.Evidence).DistinctBy(e => e.SentenceId).ToArray(),
                Reasons = FindReasons(sentences, groupIds, reactions),
                Unknowns = sentences.Where(s => Cues.Unknown().IsMatch(s.Text)).Select(ToEvidence).ToArray(),
                TimeCues = group.Select(g => TimeCueExtractor.Extract(g.Sentence)).OfType<TimelineEvent>()
                    .Where(t => !Cues.Ago().IsMatch(t.Cue)).ToArray(),
            };
        }
    }

    private static List<(string ActorId, Evidence Evidence)> FindAgents(
        List<(Sentence Sentence, Match Match)> group,
        IReadOnlyDictionary<string, List<Mention>> mentions,
        IReadOnlyDictionary<string, Actor> actors)
    {
        var named = new List<(string, Evidence)>();
        var bodies = new List<(string, Evidence)>();
        foreach (var (sentence, _) in group)
        {
            var inSentence = mentions.GetValueOrDefault(sentence.Id) ?? [];
            foreach (Match by in Cues.AgentBy().Matches(sentence.Text))
            {
                var after = inSentence.FirstOrDefault(m => m.CharStart >= by.Index + by.Length && m.CharStart - (by.Index + by.Length) < 50);
                if (after.ActorId is not null)
                {
                    named.Add((after.ActorId, ToEvidence(sentence)));
                }
            }

            // The subject right before a verb: "Transport Minister Ana Ruiz ordered ...", "Trump's administration has halted ...".
            foreach (Match verb in Cues.Decision().Matches(sentence.Text))
            {
                var before = inSentence.LastOrDefault(m => m.CharEnd <= verb.Index && verb.Index - m.CharEnd < 40);
                if (before.ActorId is null || !IsVerb(verb.Value))
                {
                    continue;
                }

                var subject = actors[before.ActorId];
                if (subject.Kind == ActorKind.Person && !HasClauseBreak(sentence.Text, before.CharEnd, verb.Index))
                {
                    named.Add((before.ActorId, ToEvidence(sentence)));
                }
                else if (subject.Kind == ActorKind.Group && subject.ShortName == "administration")
                {
                    bodies.Add((before.ActorId, ToEvidence(sentence)));
                }
            }
        }

        return [.. named, .. bodies];
    }

    private static Reason[] FindReasons(Sentence[] sentences, HashSet<string> decisionSentenceIds, IReadOnlyList<Reaction> reactions)
    {
        var reasons = new List<Reason>();
        foreach (var sentence in sentences)
        {
            var purpose = Cues.Purpose().Match(sentence.Text);
            if (!purpose.Success)
            {
                continue;
            }

            var aboutDecision = decisionSentenceIds.Contains(sentence.Id) || PolicyWords().IsMatch(sentence.Text);
            if (!aboutDecision)
            {
                continue;
            }

            var speaker = reactions.FirstOrDefault(r => r.Evidence.SentenceId == sentence.Id && r.Stance is Stance.Statement or Stance.Denial);
            reasons.Add(new Reason(speaker?.ActorId, ToEvidence(sentence)));
        }

        return reasons.ToArray();
    }

    /// <summary>"ordered", "halted", "suspends" act; "order", "directive", "decision" only name the act.</summary>
    private static bool IsVerb(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith("ed", StringComparison.Ordinal) || lower is "halts" or "pauses" or "suspends" or "orders" or "bans" or "signs" or "lifts" or "approves" or "ceases";
    }

    private static bool HasClauseBreak(string text, int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).IndexOfAny(",;(") >= 0;

    private static string Family(string verb)
    {
        var lower = verb.ToLowerInvariant();
        if (s_haltFamily.Any(lower.StartsWith))
        {
            return "halt";
        }

        return s_orderNouns.Any(lower.StartsWith) ? "order" : lower.TrimEnd('s', 'd').TrimEnd('e');
    }

    private static bool IsInOrderTo(string text, Match match) =>
        match.Value.Equals("order", StringComparison.OrdinalIgnoreCase) && match.Index >= 3 &&
        text[..match.Index].TrimEnd().EndsWith(" in", StringComparison.OrdinalIgnoreCase);

    /// <summary>"halted its offensive cyber operations against Russia" — the verb and its object up to the clause end.</summary>
    private static string ActionPhrase(string text, Match match)
    {
        var end = match.Index + match.Length;
        while (end < text.Length && text[end] is not ',' and not ';' and not '.' and not ':')
        {
            end++;
        }

        var phrase = text[match.Index..end].Trim();
        var words = phrase.Split(' ');
        return words.Length > 14 ? string.Join(' ', words.Take(14)) : phrase;
    }

    private static Evidence ToEvidence(Sentence sentence) => new(sentence.Id, sentence.Text);

    [GeneratedRegex(@"\b(directive|decision|order|policy|move|step|change|halt|pause|suspension)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyWords();
}
