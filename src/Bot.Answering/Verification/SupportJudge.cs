using Bot.Core.Model;
using Bot.Core.Text;
using Bot.Retrieval;

namespace Bot.Answering.Verification;

/// <summary>How well some evidence backs a claim, and the sentences that do the backing.</summary>
public sealed record Support(bool IsSupported, double Coverage, IReadOnlyList<Sentence> Sentences);

/// <summary>
/// A lexical entailment check φ(evidence, claim): enough of the claim's content stems appear in the evidence
/// (stems, news synonyms and reporting verbs count as the same word), every name and number matches exactly, and
/// the evidence says it with the same polarity (a claim "X did not …" is not backed by "X …").
/// </summary>
public static class SupportJudge
{
    public const double MinCoverage = 0.8;
    private const int MaxSentences = 3;

    // Reporting verbs are interchangeable for support: "said" is backed by "stated", "noted", "argued" ….
    private static readonly HashSet<string> s_reportingStems = new(
        new[] { "say", "said", "state", "told", "tell", "note", "add", "claim", "argu", "assert", "emphas", "emphasis", "disclos", "suggest", "explain", "insist", "contend" }
            .Select(WordStemmer.Stem),
        StringComparer.Ordinal);

    public static Support Judge(ClaimTerms claim, IReadOnlyList<Sentence> evidence)
    {
        if (claim.IsEmpty || evidence.Count == 0)
        {
            return new Support(false, 0, []);
        }

        var analysed = evidence.Where(s => !InstructionText.IsInstruction(s.Text)).Select(EvidenceSentence.Of).ToArray();
        var chosen = ChooseSentences(claim, analysed, out var matched);
        foreach (var required in claim.Names.Concat(claim.Numbers))
        {
            if (chosen.Any(s => s.HasWord(required)))
            {
                continue;
            }

            var holder = analysed.FirstOrDefault(s => s.HasWord(required));
            if (holder is null)
            {
                return new Support(false, Coverage(claim, matched), []);
            }

            if (chosen.Count < MaxSentences)
            {
                chosen.Add(holder);
            }
        }

        var coverage = Coverage(claim, matched);
        // A plain claim may draw on no negated stretch ("Ruiz said it was political" vs "Ruiz denied it was
        // political"); a negated claim needs a negated stretch behind it.
        var polarityAgrees = chosen.Count > 0 && (claim.Negated
            ? chosen.Any(s => s.IsNegatedAround(claim))
            : !chosen.Any(s => s.IsNegatedAround(claim)));
        var supported = coverage >= MinCoverage && polarityAgrees;
        return new Support(supported, coverage, chosen.Select(s => s.Sentence).OrderBy(s => s.Ordinal).ToArray());
    }

    internal static bool Matches(string claimStem, string evidenceStem) =>
        claimStem == evidenceStem
        || SynonymTable.AreSynonyms(claimStem, evidenceStem)
        || (s_reportingStems.Contains(claimStem) && s_reportingStems.Contains(evidenceStem));

    private static double Coverage(ClaimTerms claim, HashSet<string> matched) =>
        claim.ContentStems.Count == 0 ? 1 : (double)matched.Count / claim.ContentStems.Count;

    // Greedy cover: the sentence that backs most of the claim, then any that add what it lacks.
    private static List<EvidenceSentence> ChooseSentences(ClaimTerms claim, EvidenceSentence[] evidence, out HashSet<string> matched)
    {
        var backed = new HashSet<string>(StringComparer.Ordinal);
        matched = backed;
        var chosen = new List<EvidenceSentence>();
        while (chosen.Count < MaxSentences)
        {
            EvidenceSentence? best = null;
            var bestGain = 0;
            foreach (var sentence in evidence)
            {
                if (chosen.Contains(sentence))
                {
                    continue;
                }

                var gain = claim.ContentStems.Count(stem => !backed.Contains(stem) && sentence.Backs(stem));
                if (gain > bestGain)
                {
                    (best, bestGain) = (sentence, gain);
                }
            }

            if (best is null)
            {
                break;
            }

            chosen.Add(best);
            foreach (var stem in claim.ContentStems.Where(best.Backs))
            {
                backed.Add(stem);
            }
        }

        return chosen;
    }

    private sealed class EvidenceSentence
    {
        private readonly List<Token> _tokens;
        private readonly string[] _stems;

        private EvidenceSentence(Sentence sentence)
        {
            Sentence = sentence;
            _tokens = Tokenizer.Tokenize(sentence.Text);
            _stems = _tokens.Select(t => WordStemmer.Stem(t.Lower)).ToArray();
        }

        public Sentence Sentence { get; }

        public static EvidenceSentence Of(Sentence sentence) => new(sentence);

        public bool Backs(string claimStem) => _stems.Any(stem => Matches(claimStem, stem));

        public bool HasWord(string lower) => _tokens.Any(t => t.Lower == lower) || _stems.Contains(WordStemmer.Stem(lower));

        /// <summary>Whether a negation sits in (or just before) the stretch of this sentence that backs the claim.</summary>
        public bool IsNegatedAround(ClaimTerms claim)
        {
            var positions = Enumerable.Range(0, _tokens.Count)
                .Where(i => claim.ContentStems.Any(stem => Matches(stem, _stems[i])) || claim.Names.Contains(_tokens[i].Lower))
                .ToArray();
            if (positions.Length == 0)
            {
                return false;
            }

            var from = Math.Max(0, positions.Min() - 3);
            for (var i = from; i <= positions.Max(); i++)
            {
                if (StopWords.IsNegation(_tokens[i].Lower))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
