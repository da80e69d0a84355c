using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.Core.Replies;

namespace Bot.Answering.Verification;

/// <summary>
/// Checks a model-written answer against the numbered passages it was given, sentence by sentence. A sentence
/// backed by the passages it cites keeps them; one backed by other passages is re-attributed to those; one that no
/// passage backs is removed, as is every marker that points to no passage. Sentences that only say the articles
/// are silent on something stay, uncited.
/// </summary>
public static partial class CitationVerifier
{
    private const int MaxPassagesPerClaim = 2;

    [GeneratedRegex(@"^(?:however,?\s+|but\s+)?(?:the\s+)?(?:provided\s+|available\s+)?(?:articles?|sources?|passages?|corpus|reporting|coverage)\s+(?:do|does|did)(?:\s+not|n['’]t)\s+(?:say|mention|state|specify|explain|report|identify|name|give|describe|indicate|address|include|cover|detail|reveal|make clear)\b[^;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SilenceStatement();

    [GeneratedRegex(@"^(?:however,?|but)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingContrast();

    [GeneratedRegex(@"\b(?:but|however|although|though|while|whereas)\b|;", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();

    /// <param name="modelText">The model's answer, with <c>[n]</c> markers.</param>
    /// <param name="passages">The passages as numbered in the prompt: <c>passages[0]</c> is [1].</param>
    /// <param name="knownNames">Lower-case name words of the corpus.</param>
    /// <param name="notFoundToken">The fixed answer the prompt asks for when the passages don't answer.</param>
    public static VerifiedAnswer Verify(string modelText, IReadOnlyList<Passage> passages, IReadOnlySet<string> knownNames, string notFoundToken)
    {
        var saidNotFound = modelText.Contains(notFoundToken, StringComparison.OrdinalIgnoreCase);
        var text = saidNotFound ? modelText.Replace(notFoundToken, "", StringComparison.OrdinalIgnoreCase) : modelText;
        var claims = ModelAnswerParser.Parse(text);
        var parts = new List<AnswerPart>();
        int removed = 0, dangling = 0, reattributed = 0;
        foreach (var raw in claims)
        {
            var claim = raw with { Text = Ping().Replace(raw.Text, "").Replace("  ", " ").Trim() };
            var valid = claim.Markers.Where(m => m >= 1 && m <= passages.Count).ToArray();
            dangling += claim.Markers.Count - valid.Length;
            var terms = ClaimTerms.Of(claim.Text, knownNames);
            if (IsSilenceStatement(claim.Text, terms, knownNames))
            {
                parts.Add(AnswerPart.Plain(Bulleted(claim)));
                continue;
            }

            if (terms.IsEmpty)
            {
                removed++;
                continue;
            }

            var support = valid.Length > 0 ? SupportJudge.Judge(terms, valid.SelectMany(m => passages[m - 1].Sentences).ToArray()) : null;
            if (support is not { IsSupported: true })
            {
                support = FindSupport(terms, passages);
                if (support is null)
                {
                    removed++;
                    continue;
                }

                reattributed++;
            }

            parts.Add(new AnswerPart(Bulleted(claim), support.Sentences));
        }

        var report = new VerificationReport(claims.Count, parts.Count, removed, dangling, reattributed);
        return new VerifiedAnswer(new AnswerDraft(parts, Abstained: saidNotFound), saidNotFound, report);
    }

    // The passage that backs the claim best on its own, else the best two together.
    private static Support? FindSupport(ClaimTerms terms, IReadOnlyList<Passage> passages)
    {
        var judged = passages
            .Select(p => SupportJudge.Judge(terms, p.Sentences))
            .Select((support, index) => (support, index))
            .OrderByDescending(x => x.support.IsSupported)
            .ThenByDescending(x => x.support.Coverage)
            .ThenBy(x => x.index)
            .ToArray();
        if (judged.Length == 0)
        {
            return null;
        }

        if (judged[0].support.IsSupported)
        {
            return judged[0].support;
        }

        var together = judged.Take(MaxPassagesPerClaim).SelectMany(x => passages[x.index].Sentences).ToArray();
        var combined = SupportJudge.Judge(terms, together);
        return combined.IsSupported ? combined : null;
    }

    private static bool IsSilenceStatement(string text, ClaimTerms terms, IReadOnlySet<string> knownNames)
    {
        if (!SilenceStatement().IsMatch(text))
        {
            return false;
        }

        // "The articles don't say why, but X happened" smuggles a claim past the check.
        var rest = LeadingContrast().Replace(text, "");
        return !Contrast().IsMatch(rest) && terms.Names.All(knownNames.Contains) && terms.Numbers.Count == 0;
    }

    // A model can echo pings from a question or an article; chat platforms must never see them as pings.
    [GeneratedRegex(@"@(?:everyone|here|channel)\b|<[@#!][^<>\s]{0,80}>", RegexOptions.IgnoreCase)]
    private static partial Regex Ping();

    private static string Bulleted(ModelClaim claim) => claim.Bullet ? "\u2022 " + claim.Text : claim.Text;
}
