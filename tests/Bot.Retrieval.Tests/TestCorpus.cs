using Bot.Core.Model;

namespace Bot.Retrieval.Tests;

/// <summary>Builds a one-article snapshot with one sentence per passage, so tests can name the sentences they expect.</summary>
internal static class TestCorpus
{
    public static CorpusSnapshot Of(params string[] sentences)
    {
        const string articleId = "test-article";
        var passages = sentences.Select((text, i) =>
        {
            var passageId = $"{articleId}#p{i + 1}";
            var sentence = new Sentence($"{passageId}.s1", articleId, passageId, i + 1, 1, i, text);
            return new Passage(passageId, articleId, i + 1, text, [sentence]);
        }).ToArray();
        var article = new Article(articleId, "Test Article", null, null, null, "test-article.md", passages);
        return new CorpusSnapshot([article], [], "test");
    }
}
