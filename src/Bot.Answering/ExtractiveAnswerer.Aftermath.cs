using System.Text.RegularExpressions;
using Bot.Core.Model;

namespace Bot.Answering;

/// <summary>What happened after the decision: only what a sentence places after it can be reported.</summary>
public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "has Russia hacked anything since the pause?", "did attacks go up after the halt?": something asked to have
    /// happened after the decision. A sentence that orders events around the decision ("the halt came prior to the
    /// meeting") answers it only when it has the question's topic words; otherwise the articles report nothing after it.
    /// Reactions to the decision come after it by nature and are left to the reaction answers.
    /// </summary>
    private static AnswerDraft? UnreportedAftermath(QuestionAnalysis q, CorpusKnowledge k)
    {
        var after = AfterTheDecision().Match(q.LowerText);
        if (!after.Success || q.Kind is QuestionKind.Reaction or QuestionKind.WhoReacted or QuestionKind.HowLong || q.LowerText.StartsWith("when", StringComparison.Ordinal)
            || Responded().IsMatch(q.LowerText) || FutureAsked().IsMatch(q.LowerText))
        {
            return null;
        }

        var topic = q.KnownWords.Where(w => !QuestionPatterns.HaltWord().IsMatch(w.Lower) && !QuestionPatterns.DecisionWord().IsMatch(w.Lower)
                                            && !GenericWords.Contains(w.Lower) && !after.Value.Contains(w.Lower, StringComparison.Ordinal)).ToList();
        if (topic.Count == 0)
        {
            return null;
        }

        var ordered = k.Corpus.Sentences.Where(s => QuestionPatterns.HaltWord().IsMatch(s.Text.ToLowerInvariant()) && EventOrder().IsMatch(s.Text));
        if (ordered.Any(s => topic.All(w => SentenceHasWord(k, s, w))))
        {
            return null;
        }

        return AbstainWithContext(q, k, "The articles don't report anything like that happening after the decision.");
    }

    private static bool SentenceHasWord(CorpusKnowledge k, Sentence sentence, QuestionWord word) =>
        k.StemsOf(sentence).Contains(word.Stem) || k.StemsOf(sentence).Any(stem => Bot.Retrieval.SynonymTable.AreSynonyms(stem, word.Stem));

    [GeneratedRegex(@"\b(since|after|following|in\s+the\s+wake\s+of)\s+(the\s+|this\s+|that\s+|its\s+)?(\w+\s+)?(halt\w*|paus\w*|suspen\w*|stop\w*|ceas\w*|freez\w*|decision|directive|order|move|stand\s*-?\s*down|it|this|that)\b(?!\s+(ends?|expires?|is\s+lifted|is\s+over|runs\s+out))")]
    private static partial Regex AfterTheDecision();

    [GeneratedRegex(@"\b(say|said|says|react\w*|respond\w*|response|comment\w*|criticiz\w*|criticis\w*|prais\w*|condemn\w*|welcom\w*|statement|reaction|wonder\w*|think\w*|fear\w*|worr\w*|concern\w*|question\w*)\b")]
    private static partial Regex Responded();

    [GeneratedRegex(@"\b(will|would|could|might|gonna|going\s+to|likely|expected)\b")]
    private static partial Regex FutureAsked();

    [GeneratedRegex(@"\b(prior\s+to|before|after|since|following|ahead\s+of|in\s+the\s+wake\s+of|preced\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventOrder();
}
