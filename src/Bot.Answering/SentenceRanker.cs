using Bot.Core.Model;
using Bot.Retrieval;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>A candidate sentence with its score and the share of the question's topic it covers.</summary>
public sealed record RankedSentence(Sentence Sentence, double Score, double Coverage);

/// <summary>
/// Ranks sentences for a question: BM25 candidates from Lucene over the question's stems and their synonyms,
/// re-scored by how much of the question each covers (IDF-weighted, synonyms at a discount), whether it names
/// the actor asked about, and a bonus that the question's kind supplies (a purpose clause for "why", ...).
/// </summary>
public static class SentenceRanker
{
    private const float SynonymWeight = 0.6f;

    // Headlines pack many topic words into few; they should win only when no body sentence does.
    private const double HeadingFactor = 0.5;

    // A news lead states the story most plainly; among equals, it is the sentence to cite.
    private const double LeadFactor = 1.1;

    public static IReadOnlyList<RankedSentence> Rank(
        CorpusKnowledge knowledge,
        IReadOnlyList<QuestionWord> topicWords,
        IReadOnlyCollection<Actor> actors,
        Func<Sentence, double>? bonus = null,
        int candidates = 40)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in topicWords)
        {
            weights[word.Stem] = Math.Max(weights.GetValueOrDefault(word.Stem), Math.Max(0.5, knowledge.Index.Idf(word.Stem)));
        }

        var terms = new List<WeightedTerm>();
        foreach (var (stem, weight) in weights)
        {
            terms.Add(new WeightedTerm(stem, (float)weight));
            terms.AddRange(SynonymTable.Expand(stem).Select(s => new WeightedTerm(s, (float)weight * SynonymWeight)));
        }

        foreach (var actor in actors)
        {
            foreach (var name in NameStems(actor))
            {
                terms.Add(new WeightedTerm(name, 2f));
            }
        }

        var hits = knowledge.Index.Search(terms, candidates);
        var total = weights.Values.Sum();
        var ranked = new List<RankedSentence>(hits.Count);
        foreach (var hit in hits)
        {
            var stems = knowledge.StemsOf(hit.Sentence);
            var matched = 0.0;
            foreach (var (stem, weight) in weights)
            {
                if (stems.Contains(stem))
                {
                    matched += weight;
                }
                else if (SynonymTable.Expand(stem).Any(stems.Contains))
                {
                    matched += weight * SynonymWeight;
                }
            }

            var mentions = knowledge.Story.MentionsIn(hit.Sentence.Id);
            var actorBonus = actors.Count(a => mentions.Any(m => m.ActorId == a.Id) || a.MemberIds.Any(id => mentions.Any(m => m.ActorId == id))) * 2.0;
            var coverage = total > 0 ? matched / total : 0;
            var score = (matched + actorBonus + (bonus?.Invoke(hit.Sentence) ?? 0) + hit.Score * 0.01) * (hit.Sentence.IsHeading ? HeadingFactor : 1)
                        * (hit.Sentence.PassageNumber == 1 ? LeadFactor : 1);
            ranked.Add(new RankedSentence(hit.Sentence, score, coverage));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Sentence.Ordinal.CompareTo(b.Sentence.Ordinal));
        return ranked;
    }

    private static IEnumerable<string> NameStems(Actor actor) =>
        actor.Kind == ActorKind.Person ? [Bot.Core.Text.WordStemmer.Stem(actor.ShortName)] : TextStems.Of(actor.Name);
}
