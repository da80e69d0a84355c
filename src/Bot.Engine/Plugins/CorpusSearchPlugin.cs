using System.ComponentModel;
using System.Text;
using Bot.Answering;
using Microsoft.SemanticKernel;

namespace Bot.Engine.Plugins;

/// <summary>Corpus search as kernel functions: BM25 over sentences with news synonyms, returned as numbered passages.</summary>
public sealed class CorpusSearchPlugin(KnowledgeSource knowledge)
{
    public const string PluginName = "corpus";

    [KernelFunction("search")]
    [Description("Searches the news articles and returns the most relevant sentences, numbered, with their ids.")]
    public string Search([Description("What to look for")] string query, [Description("How many results")] int top = 5)
    {
        var k = knowledge.Current;
        var words = QuestionAnalyzer.ToWords(query, k.Vocabulary, k.NameWords);
        var results = SentenceRanker.Rank(k, words, k.Actors.Find(words).Select(a => a.Actor).ToArray()).Take(Math.Clamp(top, 1, 20));
        var text = new StringBuilder();
        var n = 1;
        foreach (var result in results)
        {
            var article = k.Corpus.ArticleOf(result.Sentence);
            text.Append('[').Append(n++).Append("] (").Append(result.Sentence.Id).Append(", \"").Append(article.Title).Append("\") ")
                .AppendLine(result.Sentence.Text);
        }

        return text.Length == 0 ? "No matching passages." : text.ToString();
    }
}
