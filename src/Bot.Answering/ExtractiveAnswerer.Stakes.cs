using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>Who gains and who loses: the articles report it only as what people argue or fear.</summary>
public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "who benefits?", "who gets hurt by this?": news rarely names winners and losers itself. What it reports is who
    /// argues that someone gains ("it permits Russia to continue …") or fears that something suffers ("could dilute
    /// efforts …"). Those reactions answer, quoted as the claims they are; with none, the articles don't say.
    /// </summary>
    private static AnswerDraft Stakes(QuestionAnalysis q, CorpusKnowledge k)
    {
        var asked = QuestionPatterns.StakeAsked().Match(q.LowerText);
        var gain = asked.Groups["gain"].Success;
        var loss = asked.Groups["loss"].Success;
        var claims = k.Story.Reactions
            .Where(r => r.Stance is not Stance.Statement)
            .Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId))
            .OfType<Sentence>()
            .Where(s => (gain && GainClaimed().IsMatch(s.Text)) || (loss && LossFeared().IsMatch(s.Text)))
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.Ordinal)
            .Take(3)
            .ToList();
        if (claims.Count == 0)
        {
            return AbstainWithContext(q, k, gain && loss ? "The articles don't say who gains or loses from it."
                : gain ? "The articles don't say who gains from it." : "The articles don't say who loses from it.");
        }

        List<AnswerPart> parts = [AnswerPart.Plain("The articles don't weigh that up themselves; they report these claims:")];
        parts.AddRange(claims.Select(AnswerPart.Quote));
        return new AnswerDraft(parts, Abstained: false);
    }

    /// <summary>A claim that someone gains: is let off, allowed to go on, or helped.</summary>
    [GeneratedRegex(@"\b(permit\w*|allow\w*|let|lets|enabl\w*|embolden\w*|benefit\w*|gain\w*|advantage\w*|reward\w*|gift\w*|boon|windfall|without\s+(any\s+)?consequences?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GainClaimed();

    /// <summary>A fear that something suffers: is weakened, diluted, cut or harmed.</summary>
    [GeneratedRegex(@"\b(dilut\w*|weaken\w*|undermin\w*|hurt\w*|harm\w*|impact\w*|affect\w*|damag\w*|cost\w*|cut\w*|los[et]\w*|jeopardi\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LossFeared();
}
