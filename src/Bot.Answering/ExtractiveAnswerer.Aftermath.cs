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
            || Responded().IsMatch(q.LowerText) || FutureAsked().IsMatch(q.LowerText) || QuestionPatterns.WhatNext().IsMatch(q.LowerText)
            || BeforeOrAfter().IsMatch(q.LowerText) // "did it happen before or after the meeting?" asks for the order, whichever it is
            || q.Words.Any(w => w.Lower is "future" or "outlook" or "clear" or "now"))
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

    /// <summary>
    /// "will the peace talks work out?", "will the pause end the war?": how another event will turn out. The articles
    /// report aims and fears, not outcomes; what they say of the future ("remains to be seen") is given as context.
    /// </summary>
    private static AnswerDraft? UnforecastOutcome(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (!FutureAsked().IsMatch(q.LowerText) || !OutcomeVerb().IsMatch(q.LowerText) || !OtherEventTopic().IsMatch(q.LowerText))
        {
            return null;
        }

        var open = OpenOutlookSentence(k);
        List<AnswerPart> parts = [AnswerPart.Plain("The articles don't say how that will turn out.")];
        if (open is not null)
        {
            parts.Add(AnswerPart.Plain("What they say about the future:"));
            parts.Add(AnswerPart.Quote(open));
        }

        // "does the article say whether the halt will bring peace?": that it leaves the future open is what it says.
        return new AnswerDraft(parts, Abstained: open is null || !ArticleAsked().IsMatch(q.Text));
    }

    [GeneratedRegex(@"\b(does|do|did)\s+(the|this|that)\s+(article|story|piece|report|text)s?\s+(say|mention|suggest|claim|predict|indicate|tell)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleAsked();

    [GeneratedRegex(@"\b(succeed\w*|success\w*|work\s+out|pay\s+off|fail\w*|collapse\w*|fall\s+apart|end(s|ed)?\s+the|bring\s+(about\s+)?peace|lead\s+to\s+peace|improve\w*|worsen\w*|win|lose\s+the\s+war|stop\s+the\s+war|be\s+over|go\s+ahead|take\s+place|(actually\s+)?happen|come\s+off|be\s+held)\b")]
    private static partial Regex OutcomeVerb();

    [GeneratedRegex(@"\b(talks|negotiations?|peace|war|deal|ceasefire|truce|relations|conflict|diplomacy|summit|meeting)\b")]
    private static partial Regex OtherEventTopic();

    /// <summary>The sentence that leaves the future open ("remain to be seen"), before one that leaves a detail open.</summary>
    private static Sentence? OpenOutlookSentence(CorpusKnowledge k) =>
        k.Corpus.Sentences.Where(s => !s.IsHeading && QuestionPatterns.OpenOutlook().IsMatch(s.Text))
            .OrderByDescending(s => s.Text.Contains("to be seen", StringComparison.OrdinalIgnoreCase) || s.Text.Contains("future", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();

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

    /// <summary>
    /// "did the US also pause military aid to Ukraine?", "uk also halted cyber ops?": something else said to have been
    /// halted too. Unless what is named is part of the halt the articles report, they don't say anything else was.
    /// </summary>
    private static AnswerDraft? SomethingElseHalted(QuestionAnalysis q, CorpusKnowledge k)
    {
        var halted = HaltedVerb().Match(q.LowerText);
        // "are they stopping defense too, or just offense?" weighs the reported halt against another; that is answered.
        if (!halted.Success || !AlsoHalted().IsMatch(q.LowerText) || Regex.IsMatch(q.LowerText, @"\bor\s+(just|only|simply)\b")
            || k.Story.PrimaryDecision is not { } decision
            || k.Corpus.FindSentence(decision.Evidence.SentenceId) is not { } lead)
        {
            return null;
        }

        var reported = Bot.Retrieval.SynonymTable.WithSynonyms(TextStems.Of(decision.Action));
        var other = q.Words.FirstOrDefault(w => w.Lower.Length > 1 && !Bot.Core.Text.StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower)
                                                && !QuestionPatterns.HaltWord().IsMatch(w.Lower) && !AlsoHalted().IsMatch(w.Lower) && !HomeSide().IsMatch(w.Lower)
                                                && !reported.Contains(w.Stem) && q.Actors.All(a => !ActorLookup.IsNameWord(a.Actor, w.Lower)));
        return other is null
            ? null
            : new AnswerDraft([AnswerPart.Plain("The articles don't report that anything else was halted. What they report:"), AnswerPart.Quote(lead)], Abstained: true);
    }

    [GeneratedRegex(@"\b(also|too|as\s+well|in\s+addition)\b")]
    private static partial Regex AlsoHalted();

    /// <summary>A halt word used as a verb ("also paused", "get halted"), not "the pause".</summary>
    [GeneratedRegex(@"(?<!\b(the|this|that|a|its|their)\s)\b(halt(ed|s|ing)?|paus(e|ed|es|ing)|stop(ped|s|ping)?|suspend(ed|s|ing)?|froze|frozen|freez(e|es|ing)|ceas(e|ed|es|ing)|cut\s+off)\b")]
    private static partial Regex HaltedVerb();

    /// <summary>Who did the halting, however named: not something else that was halted.</summary>
    [GeneratedRegex(@"^(us|usa|u\.s\.?|america|american|americans|government|administration|trump|pentagon|white|house|washington|get|got|gets|getting|been|same|time|now|too)$")]
    private static partial Regex HomeSide();

    [GeneratedRegex(@"\b(before\s+or\s+after|after\s+or\s+before)\b")]
    private static partial Regex BeforeOrAfter();
}
