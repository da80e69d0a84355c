using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "what did Waltz say in response to Schumer?", "did Trump tell Hegseth to issue it?", "did Hegseth check with Waltz?":
    /// an exchange between two people the articles never put in the same sentence. What each is reported doing is
    /// given, but the exchange itself is not in the articles.
    /// </summary>
    private static AnswerDraft? ExchangeNotReported(QuestionAnalysis q, CorpusKnowledge k)
    {
        var named = q.Actors.Where(a => !a.ByTitle).OrderBy(a => a.TokenIndexes.Min()).DistinctBy(a => a.Actor.Id).ToList();
        if (named.Count != 2)
        {
            return null;
        }

        var (from, to) = (named[0], named[1]);
        var nameWords = from.Actor.Name.ToLowerInvariant().Split(' ');
        var between = string.Join(' ', q.Words.Skip(from.TokenIndexes.Max() + 1).Take(to.TokenIndexes.Min() - from.TokenIndexes.Max() - 1)
            .Select(w => w.Lower).SkipWhile(nameWords.Contains)); // "Mike Waltz" may be found by one of its words
        if (!ExchangeBetween().IsMatch(between) || ReportedTogether(k, from.Actor, to.Actor))
        {
            return null;
        }

        if (OrderingVerb().IsMatch(between) && k.Story.ReactionsBy(from.Actor.Id).Any(r => r.Stance == Stance.Critical))
        {
            return null; // "Schumer ordered Hegseth to stand down?": a critic of the decision cast as its author is corrected, not left open
        }

        var verb = RespondedPhrase().IsMatch(between) ? "responding to" : "dealing directly with";
        var reported = new[] { from.Actor, to.Actor }
            .Select(a => k.PositionSentences(a.Id).FirstOrDefault() ?? ActorSentences(a, k).FirstOrDefault())
            .OfType<Sentence>().Distinct().Select(AnswerPart.Quote).ToList();
        return new AnswerDraft(
            [AnswerPart.Plain($"The articles don't report {AnswerText.Named(from.Actor)} {verb} {AnswerText.Named(to.Actor)}." + (reported.Count > 0 ? " What they report of each:" : "")), .. reported],
            Abstained: true);
    }

    private static bool ReportedTogether(CorpusKnowledge k, Actor first, Actor second) =>
        k.Corpus.Sentences.Any(s => k.Story.MentionsIn(s.Id) is var mentions && mentions.Any(m => m.ActorId == first.Id) && mentions.Any(m => m.ActorId == second.Id));

    private static IEnumerable<Sentence> ActorSentences(Actor actor, CorpusKnowledge k) =>
        k.Corpus.Sentences.Where(s => k.Story.MentionsIn(s.Id).Any(m => m.ActorId == actor.Id));

    /// <summary>The words between two people's names that make the question about an exchange between them.</summary>
    [GeneratedRegex(@"^(?:(?:did|does|has|had|ever|actually|personally|first|then|really|directly|publicly|privately)\s+)*(?:"
        + RespondedPattern
        + @"|(?:tell|tells|told|ask|asks|asked|instruct\w*|direct|directs|directed|order|orders|ordered|consult\w*|brief|briefs|briefed|call|calls|called|warn|warns|warned|pressur\w+|urg\w+)"
        + @"|(?:check\w*|talk\w*|speak|speaks|spoke|coordinat\w+|confer\w*|clear\w*\s+it|meet|met|meeting|sign\w*\s+off)\s+with|(?:talk\w*|speak|speaks|spoke|reach\w*\s+out|go|went)\s+to"
        + @")(?:\s+(?:to|about|on))?$")]
    private static partial Regex ExchangeBetween();

    private const string RespondedPattern = @"(?:say|said|says)\s+(?:\w+\s+)?(?:in\s+(?:response|reply)\s+to|back\s+to|to)|respond\w*(?:\s+to)?|repl\w+(?:\s+to)?|react\w*(?:\s+to)?|answer\w*|(?:hit|hits|fire\w*|push\w*|shot|shoot)\s+back(?:\s+(?:at|on|against))?|rebut\w*|counter\w*";

    [GeneratedRegex(@"\b(order\w*|direct\w*|instruct\w*|tell|tells|told)\b")]
    private static partial Regex OrderingVerb();

    [GeneratedRegex(RespondedPattern)]
    private static partial Regex RespondedPhrase();
}
