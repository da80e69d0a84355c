using System.Text;
using Bot.Answering;
using Bot.Core.Model;
using Microsoft.Extensions.Options;
using Bot.Engine;

namespace Bot.Llm;

/// <summary>
/// Picks the passages a model sees: whole paragraphs in order of relevance (BM25 over sentences, with news
/// synonyms and actor awareness), as many as fit the token budget (<c>Ai__ContextTokens</c>).
/// </summary>
public sealed class ContextBuilder(TokenCounter tokens, IOptions<AiOptions> options)
{
    private const int MaxPassages = 12;

    public int Budget => options.Value.ContextTokens;

    /// <summary>The passages most relevant to <paramref name="query"/>, after any that must come first.</summary>
    public PassageContext Build(CorpusKnowledge knowledge, string query, IEnumerable<Passage>? first = null)
    {
        var words = QuestionAnalyzer.ToWords(query, knowledge.Vocabulary, knowledge.NameWords);
        var actors = knowledge.Actors.Find(words).Select(a => a.Actor).ToArray();
        var ranked = SentenceRanker.Rank(knowledge, words, actors).Select(r => PassageOf(knowledge, r.Sentence));
        var candidates = (first ?? []).Concat(ranked);
        if (first is null)
        {
            // Nothing matched the words: give the model each article's opening, where news puts the key facts.
            candidates = candidates.DefaultIfEmpty().Any(p => p is not null) ? candidates : knowledge.Corpus.Articles.SelectMany(a => a.Passages.Take(2));
        }

        return Fill(knowledge, candidates);
    }

    private PassageContext Fill(CorpusKnowledge knowledge, IEnumerable<Passage> candidates)
    {
        var chosen = new List<Passage>();
        var text = new StringBuilder();
        var used = 0;
        foreach (var passage in candidates.DistinctBy(p => p.Id))
        {
            if (chosen.Count == MaxPassages)
            {
                break;
            }

            var line = Format(chosen.Count + 1, knowledge.Corpus.FindArticle(passage.ArticleId)?.Title ?? passage.ArticleId, passage.Text);
            var cost = tokens.Count(line);
            if (used + cost > Budget)
            {
                continue; // a shorter passage further down may still fit
            }

            chosen.Add(passage);
            text.Append(line);
            used += cost;
        }

        return new PassageContext(chosen, text.ToString(), used);
    }

    private static string Format(int number, string title, string text) => $"[{number}] \"{title}\": {text}\n";

    /// <summary>The paragraph a sentence belongs to.</summary>
    public static Passage PassageOf(CorpusKnowledge knowledge, Sentence sentence) =>
        knowledge.Corpus.FindArticle(sentence.ArticleId)!.Passages[sentence.PassageNumber - 1];
}
