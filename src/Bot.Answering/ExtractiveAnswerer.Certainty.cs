using System.Text.RegularExpressions;
using Bot.Core.Model;

namespace Bot.Answering;

/// <summary>
/// How firmly the articles put something: "is it presented as fact or as a rumor?", "is the hit to Ukraine's defenses
/// established or a possibility?", "is the article saying X caused Y, or that the two coincided?". The sentence that
/// reports the thing is quoted with what its own wording makes it: stated, reported, hedged, a critics' charge, or a
/// coincidence rather than a cause.
/// </summary>
public sealed partial class ExtractiveAnswerer
{
    private static AnswerDraft? HowFirmlyReported(QuestionAnalysis q, CorpusKnowledge k)
    {
        var causal = CausalClaim().IsMatch(q.LowerText) && (YesNoOrTrue().IsMatch(q.LowerText) || TextAsserts().IsMatch(q.LowerText));
        if (!causal && !CertaintyAsked().IsMatch(q.LowerText) && !TextAsserts().IsMatch(q.LowerText))
        {
            return null;
        }

        var topic = q.KnownWords.Where(w => !CertaintyFrameWord().IsMatch(w.Lower) && !GenericWords.Contains(w.Lower)).ToList();
        var unknownTopic = q.UnknownWords.Count(w => !CertaintyFrameWord().IsMatch(w.Lower) && !GenericWords.Contains(w.Lower));
        if (topic.Count == 0 || unknownTopic > 1)
        {
            return null;
        }

        var best = SentenceRanker.Rank(k, topic, ActorsOf(q)).FirstOrDefault();
        if (best is null || best.Coverage < 0.6)
        {
            return null;
        }

        var sentence = best.Sentence;
        if (causal)
        {
            // "did the halt cause the blowup?": a sentence that only places the two side by side says nothing of a cause.
            return CauseWording().IsMatch(sentence.Text)
                ? null
                : new AnswerDraft([AnswerPart.Plain("No. The articles don't say one caused the other; they report:"), AnswerPart.Quote(sentence)], Abstained: false);
        }

        var verdict = HedgeWording().IsMatch(sentence.Text) ? "The articles present it as a possibility, not an established fact:"
            : ChargeWording().IsMatch(sentence.Text) ? "The articles report it as a charge made by critics, not as their own finding:"
            : AttributionWording().IsMatch(sentence.Text) ? "The articles report it as what happened, attributing it to their sources:"
            : "The articles state it as fact:";
        return new AnswerDraft([AnswerPart.Plain(verdict), AnswerPart.Quote(sentence)], Abstained: false);
    }

    /// <summary>"presented as fact or as a rumor", "established fact or a possibility", "confirmed or just speculation".</summary>
    [GeneratedRegex(@"\b(fact|established|confirmed|speculat\w*|possibilit\w*|rumou?rs?|hypothe\w*|allegation|alleged|conjecture|hedged?|presented\s+as|framed\s+as|stated\s+as)\b.*\b(or|as)\b|\b(or|as)\s+(an?\s+)?(established\s+)?(fact|rumou?r|possibility|speculation|allegation|prediction|certainty)\b")]
    private static partial Regex CertaintyAsked();

    /// <summary>"does the article itself assert that …": what the text claims in its own voice.</summary>
    [GeneratedRegex(@"\b(does|is)\s+the\s+(article|story|piece|text|report)\s+((itself\s+)?(assert\w*|claim\w*)|itself\s+(stat\w*|say\w*))\s+(that\s+)?")]
    private static partial Regex TextAsserts();

    [GeneratedRegex(@"^(?!.*\b(will|would|could|might|gonna|going\s+to)\b).*\b(caus(e|ed|es|ing)|trigger(ed|s)?|provok(e|ed)|sparked)\b")]
    private static partial Regex CausalClaim();

    [GeneratedRegex(@"^(fact|facts|established|confirmed|speculat\w*|possibilit\w*|possible|rumou?rs?|hypothe\w*|allegation|alleged|conjecture|certain|certainty|definite|hedged?|presented|framed|stated|article|articles|story|piece|text|itself|assert\w*|claim\w*|say\w*|caus\w*|led|lead|result\w*|trigger\w*|provok\w*|sparked|coincid\w*|just|two|or)$")]
    private static partial Regex CertaintyFrameWord();

    [GeneratedRegex(@"\b(because|due\s+to|caus\w*|led\s+to|result\w*|in\s+response|prompt\w*|trigger\w*|provok\w*|sparked|driven\s+by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseWording();

    [GeneratedRegex(@"\b(criticism|criticized|criticised|critics|accused|accusations?|faced\s+criticism)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeWording();

    [GeneratedRegex(@"\b(could|may|might|suggests?|fears?|possibl\w*|potential\w*|likely|risks?|remain\s+to\s+be\s+seen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeWording();

    [GeneratedRegex(@"\b(reportedly|officials\s+(said|disclosed|say)|according\s+to|sources?\s+said)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionWording();
}
