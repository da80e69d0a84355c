using System.Text.RegularExpressions;
using Bot.Core.Model;

namespace Bot.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "did the negotiations end in a ceasefire?", "did the peace talks succeed?", "what happens if the talks collapse?":
    /// the articles describe the process as still under way and report no outcome of it, so how it turns out is not
    /// in them. What they say of the process is cited.
    /// </summary>
    private static AnswerDraft? OngoingProcessOutcome(QuestionAnalysis q, CorpusKnowledge k)
    {
        var asked = ProcessOutcomeAsked().Match(q.LowerText);
        if (!asked.Success || UnderWay().IsMatch(q.LowerText))
        {
            return null; // "stalling or intensifying?": the state the articles report is one of the options offered
        }

        var process = asked.Groups["process"].Value;
        var stems = Bot.Retrieval.SynonymTable.WithSynonyms(process.Split(' ').Select(Bot.Core.Text.WordStemmer.Stem));
        var about = k.Corpus.Sentences.Where(s => k.StemsOf(s).Any(stems.Contains)).ToList();
        var ongoing = about.Where(s => UnderWay().IsMatch(s.Text)).ToList();
        if (ongoing.Count == 0 || about.Any(s => OutcomeReported().IsMatch(s.Text)))
        {
            return null;
        }

        return new AnswerDraft(
            [AnswerPart.Plain($"The articles don't report how the {process} turn out; they describe them as still under way:"), AnswerPart.Quote(ongoing[0])],
            Abstained: true);
    }

    private const string ProcessPattern = @"(?<process>(?:peace\s+|diplomatic\s+|ukraine\s+)?(?:talks|negotiations|diplomacy|efforts|process))";

    private const string OutcomeVerbPattern = @"(?:end\w*\s+in|result\w*\s+in|lead\s+to|led\s+to|succeed\w*|success\w*|fail\w*|collaps\w*|br(?:eak|oke)\s+down|f(?:a|e)ll\s+apart|work\w*\s+out|pa(?:y|id)\s+off|produc\w+|reach\w*|achiev\w+|deliver\w*|stall\w*|(?:get|go|got|went)\s+anywhere)";

    [GeneratedRegex(@"^(?:did|have|has|had|are|were|is|was)\s+(?:the\s+|those\s+|these\s+)?(?:\w+\s+){0,2}?" + ProcessPattern + @"\b(?:\s+\w+){0,3}?\s+" + OutcomeVerbPattern
        + @"|\bwhat\s+(?:happens|will\s+happen|would\s+happen|happened)\b.{0,60}\bif\s+(?:the\s+)?(?:\w+\s+){0,2}?" + ProcessPattern + @"\s+(?:\w+\s+)?" + OutcomeVerbPattern
        + @"|\b(?:outcome|result)s?\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?" + ProcessPattern + @"\b")]
    private static partial Regex ProcessOutcomeAsked();

    [GeneratedRegex(@"\b(ongoing|intensif\w*|under\s*way|continu\w*|in\s+progress|amid)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnderWay();

    [GeneratedRegex(@"\b(agreed|reached|signed|collapsed|failed|succeeded|concluded|broke\s+down|ceasefire|truce|stalled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeReported();
}
