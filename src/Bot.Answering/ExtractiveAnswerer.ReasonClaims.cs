using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

public sealed partial class ExtractiveAnswerer
{
    private static readonly string[][] s_reasonConnectives =
    [
        ["because", "of"], ["because"], ["due", "to"], ["in", "retaliation", "for"], ["as", "retaliation", "for"], ["as", "punishment", "for"],
        ["in", "exchange", "for"], ["as", "a", "favor", "to"], ["as", "a", "favour", "to"], ["to", "punish"], ["to", "reward"],
        ["to", "appease"], ["to", "please"], ["to", "pressure"], ["out", "of"],
    ];

    /// <summary>
    /// "did the U.S. stop cyber ops because of the midterms?", "Hegseth ordered it because he wanted to punish Ukraine,
    /// right?": a reason put to the decision that none of the reasons the articles report contains. The answer says
    /// the articles don't give it, then gives the reasons they do report and what they say is not public.
    /// </summary>
    private static AnswerDraft? ReasonNotGiven(QuestionAnalysis q, CorpusKnowledge k)
    {
        var words = q.Premise?.Words ?? q.Words;
        if ((q.Premise is null && !YesNoOrTrue().IsMatch(q.LowerText)) || k.Story.PrimaryDecision is not { } decision)
        {
            return null;
        }

        if (CauseOrCoincidence().IsMatch(q.LowerText))
        {
            return null; // "because of X, or just at the same time?" asks how firmly the two are linked
        }

        var (at, length) = FindReasonConnective(words);
        var decisionNamed = words.Take(Math.Max(at, 0)).Any(w => QuestionPatterns.HaltWord().IsMatch(w.Lower) || QuestionPatterns.DecisionWord().IsMatch(w.Lower));
        if (at < 1 || !decisionNamed)
        {
            return null;
        }

        var reason = words.Skip(at + length)
            .Where(w => !Bot.Core.Text.StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower) && w.Lower.Length > 2
                        && !QuestionPatterns.HaltWord().IsMatch(w.Lower) && w.Lower is not ("wanted" or "want" or "wants"))
            .ToList();
        var stated = decision.Reasons.Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)).OfType<Sentence>().Distinct().ToList();
        if (reason.Count == 0 || stated.Count == 0 || stated.Any(s => Covers(k, s, reason)))
        {
            return null;
        }

        // "because he personally sympathizes with Russia": a private attitude the articles can't speak to either way.
        var attitude = reason.Any(w => PersonalAttitude().IsMatch(w.Lower));
        var undisclosed = k.UndisclosedReasons();
        return new AnswerDraft(
            [AnswerPart.Plain(attitude ? "The articles don't report anyone's personal feelings behind it. The reasons they report:" : "The articles don't give that as the reason. The reasons they report:"),
             .. stated.Take(2).Select(AnswerPart.Quote), .. undisclosed is null || stated.Contains(undisclosed) ? [] : new[] { AnswerPart.Quote(undisclosed) }],
            Abstained: attitude);
    }

    [GeneratedRegex(@"\bor\s+(just\s+|merely\s+|only\s+)?(at\s+the\s+same\s+time|coincid\w*|a\s+coincidence|(the\s+)?timing|correlat\w*)")]
    private static partial Regex CauseOrCoincidence();

    [GeneratedRegex(@"^(personally|sympathi\w+|likes?|liked|loves?|loved|admires?|admired|trusts?|trusted|fan|fond|favou?rs?|believes?|feels?|hates?|dislikes?)$")]
    private static partial Regex PersonalAttitude();

    private static (int At, int Length) FindReasonConnective(IReadOnlyList<QuestionWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var connective in s_reasonConnectives)
            {
                if (i + connective.Length < words.Count && connective.Select((c, j) => words[i + j].Lower == c).All(x => x))
                {
                    return (i, connective.Length);
                }
            }
        }

        return (-1, 0);
    }

    /// <summary>Every reason word is a corpus word, and at least half of them are in the sentence (or a synonym is).</summary>
    private static bool Covers(CorpusKnowledge k, Sentence sentence, List<QuestionWord> reason)
    {
        if (reason.Any(w => !k.Vocabulary.CoversStem(w.Stem) && !k.Vocabulary.IsInCorpus(w.Lower)))
        {
            return false;
        }

        var stems = k.StemsOf(sentence);
        var found = reason.Count(w => stems.Contains(w.Stem) || stems.Any(s => Bot.Retrieval.SynonymTable.AreSynonyms(s, w.Stem)));
        return found * 2 >= reason.Count;
    }
}
