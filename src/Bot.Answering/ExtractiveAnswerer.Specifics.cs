using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>Particulars asked of something the articles name only in general.</summary>
public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "what are the 'varied diplomatic strategies' Waltz mentioned, specifically?", "which specific Russian
    /// justifications has the administration echoed?": a phrase of the articles' own, pressed for particulars. When the
    /// sentence that uses it gives no list after it, the articles don't say what they are; repeating the phrase is no answer.
    /// </summary>
    private static AnswerDraft? GeneralMentionPressed(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (!SpecificsPressed().IsMatch(q.LowerText) || WordingAsked().IsMatch(q.LowerText))
        {
            return null;
        }

        if (q.Kind == QuestionKind.Reaction && q.Words[0].Lower is not ("which" or "who"))
        {
            return null; // "what exactly are the experts worried about?" asks what they fear, not which experts
        }

        foreach (var phrase in PluralPhrases(q))
        {
            var phraseWords = q.KnownWords.Where(w => phrase.Contains(w.Lower)).ToList();
            foreach (var sentence in SentenceRanker.Rank(k, phraseWords, []).Take(3).Select(r => r.Sentence))
            {
                var found = Regex.Match(sentence.Text, $@"\b{string.Join(@"\s+", phrase.Select(Regex.Escape))}\b", RegexOptions.IgnoreCase);
                if (found.Success && !ListFollows().IsMatch(sentence.Text[(found.Index + found.Length)..]))
                {
                    return new AnswerDraft(
                        [AnswerPart.Plain($"The articles mention {found.Value} but don't say which ones or give details. What they say:"), AnswerPart.Quote(sentence)],
                        Abstained: true);
                }
            }
        }

        return null;
    }

    /// <summary>Runs of two to four known question words ending in a plural noun, longest first.</summary>
    private static IEnumerable<string[]> PluralPhrases(QuestionAnalysis q)
    {
        var words = q.Words;
        var known = q.KnownWords.Select(w => w.Lower).ToHashSet(StringComparer.Ordinal);
        // The phrase is what the question asks about: within a few words of its opening "what"/"which"
        // ("what are the russian justifications ..."), not "dilute efforts against what, exactly?".
        if (words.Count == 0 || words[0].Lower is not ("what" or "which"))
        {
            yield break;
        }

        for (var length = 4; length >= 2; length--)
        {
            for (var start = 1; start <= 4 && start + length <= words.Count; start++)
            {
                var run = words.Skip(start).Take(length).Select(w => w.Lower).ToArray();
                if (run[^1].Length > 3 && run[^1].EndsWith('s') && !run[^1].EndsWith("ss", StringComparison.Ordinal) && run.All(known.Contains))
                {
                    yield return run;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(specific|specifics|specifically|exactly|in\s+detail|particulars|examples?|give\s+(me\s+)?details|list\s+them|supposedly|supposed(?!\s+to\b)|which\s+ones)\b")]
    private static partial Regex SpecificsPressed();

    [GeneratedRegex(@"\b(exact|precise)\s+(phrase|words?|wording|quote|line|sentence|term)\b|\bword\s+for\s+word\b|\bverbatim\b")]
    private static partial Regex WordingAsked();

    /// <summary>What introduces the particulars after a general phrase: "strategies such as ...", "justifications: ...".</summary>
    [GeneratedRegex(@"^\s*(:|\(|,?\s*(such\s+as|including|like|namely|for\s+example|e\.g\.)\b|\s*[\u2014\u2013-]\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ListFollows();

    /// <summary>
    /// "did Waltz say when the pause would end?", "did Trump explain why he softened his stance?": whether someone
    /// disclosed a thing. Unless what the articles report from them covers it, they don't report that person saying so.
    /// </summary>
    private static AnswerDraft? UndisclosedByThem(QuestionAnalysis q, CorpusKnowledge k)
    {
        var asked = SaidWhether().Match(q.LowerText);
        if (!asked.Success)
        {
            return null;
        }

        var subjectEnd = asked.Groups["verb"].Index;
        var speaker = q.Actors.FirstOrDefault(a => TokenStart(q, a.TokenIndexes.Min()) < subjectEnd)?.Actor;
        // "did hegseth explain why he did it?": the decider's reasons are answered by what is (not) public about them.
        var whyTheDecision = asked.Groups["wh"].Value == "why" && k.Story.DecisionsBy(speaker?.Id ?? "").Any()
                             && (QuestionPatterns.HaltWord().IsMatch(q.LowerText[asked.Groups["wh"].Index..]) || QuestionPatterns.DecisionWord().IsMatch(q.LowerText[asked.Groups["wh"].Index..])
                                 || Regex.IsMatch(q.LowerText[asked.Groups["wh"].Index..], @"\b(it|this|that)\b"));
        if (speaker is null || whyTheDecision)
        {
            return null;
        }

        var topic = q.KnownWords.Where(w => q.LowerText.IndexOf(w.Lower, asked.Groups["wh"].Index, StringComparison.Ordinal) >= 0
                                            && !ActorLookup.IsNameWord(speaker, w.Lower) && !GenericWords.Contains(w.Lower)).ToList();
        var own = k.Story.ReactionsBy(speaker.Id).Concat(speaker.MemberIds.SelectMany(k.Story.ReactionsBy)).Select(r => r.Evidence.SentenceId).ToHashSet(StringComparer.Ordinal);
        if (topic.Count == 0)
        {
            return null; // "did waltz say why?": what he said is the answer
        }

        var covered = SentenceRanker.Rank(k, topic, []).Any(r => own.Contains(r.Sentence.Id) && r.Coverage >= 0.75);
        return covered ? null : AbstainWithContext(q, k, $"The articles don't report {speaker.Name} saying that.", speaker);
    }

    private static int TokenStart(QuestionAnalysis q, int index) => q.Words.Take(index).Sum(w => w.Lower.Length + 1);

    [GeneratedRegex(@"^(did|has|have|does|do)\s+.+?\s+(?<verb>say|said|explain|explained|reveal|revealed|disclose|disclosed|mention|specify|specified|indicate|tell\s+\w+)\s+(?<wh>who|when|why|how|what|whether|if|where)\b")]
    private static partial Regex SaidWhether();

    /// <summary>
    /// "how does Trump himself explain the halt?", "did Hegseth make a public statement defending it?": someone's own
    /// account, asked of a person the articles report taking no position of their own. Their own account is missing.
    /// </summary>
    private static AnswerDraft? OwnAccountNotReported(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (!OwnAccountAsked().IsMatch(q.LowerText) || q.Kind == QuestionKind.WhoDecided)
        {
            return null; // "was it the President himself?" asks who decided
        }

        // "did Hegseth explain his reasons publicly?": the decider's reasons are answered by what is (not) public about them.
        var person = q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person)?.Actor;
        if (person is null || k.Story.ReactionsBy(person.Id).Any(r => r.Stance != Stance.Statement)
            || (k.Story.DecisionsBy(person.Id).Any() && QuestionPatterns.RationaleUnknownAsked().IsMatch(q.LowerText)))
        {
            return null;
        }

        return AbstainWithContext(q, k, $"The articles don't report {person.Name}'s own account of it.", person);
    }

    [GeneratedRegex(@"\b(himself|herself|personally)\b.*\b(explain\w*|say|said|give|gave|justif\w*|defend\w*|describ\w*|comment\w*|put\s+it)\b|\b(explain\w*|say|said|give|gave|justif\w*|defend\w*|comment\w*)\b.*\b(himself|herself|personally|in\s+public|publicly|on\s+the\s+record)\b|\b(public|press)\s+(statement|remarks|comments?|briefing|conference)\b|\b(tell|told|say|said)\s+(to\s+)?(reporters|the\s+press|journalists)\b")]
    private static partial Regex OwnAccountAsked();
}
