using Bot.Core.Model;

namespace Bot.Core.Tests.Model;

public sealed class CorpusSnapshotTests
{
    private static Article MakeArticle(string id, int firstOrdinal, params string[][] passages)
    {
        var ordinal = firstOrdinal;
        var built = passages.Select((sentences, p) =>
        {
            var passageId = $"{id}#p{p + 1}";
            var list = sentences
                .Select((text, s) => new Sentence($"{passageId}.s{s + 1}", id, passageId, p + 1, s + 1, ordinal++, text))
                .ToArray();
            return new Passage(passageId, id, p + 1, string.Join(' ', sentences), list);
        }).ToArray();
        return new Article(id, id, null, null, null, $"{id}.md", built);
    }

    [Fact]
    public void Constructor_TwoArticles_ListsSentencesInReadingOrder()
    {
        var tax = MakeArticle("fuel-tax", 0, ["Governor Jane Alvarez suspended the fuel tax.", "Drivers cheered."], ["Refiners objected."]);
        var rail = MakeArticle("night-trains", 3, ["Minister Ana Ruiz halted night trains."]);

        var snapshot = new CorpusSnapshot([tax, rail], [], "v1");

        Assert.Equal(
            ["fuel-tax#p1.s1", "fuel-tax#p1.s2", "fuel-tax#p2.s1", "night-trains#p1.s1"],
            snapshot.Sentences.Select(s => s.Id));
        Assert.Equal([0, 1, 2, 3], snapshot.Sentences.Select(s => s.Ordinal));
    }

    [Fact]
    public void FindSentence_KnownAndUnknownIds_ReturnsSentenceOrNull()
    {
        var tax = MakeArticle("fuel-tax", 0, ["Governor Jane Alvarez suspended the fuel tax.", "Drivers cheered."]);
        var snapshot = new CorpusSnapshot([tax], [], "v1");

        Assert.Equal("Drivers cheered.", snapshot.FindSentence("fuel-tax#p1.s2")?.Text);
        Assert.Null(snapshot.FindSentence("fuel-tax#p9.s1"));
    }

    [Fact]
    public void FindArticle_KnownAndUnknownIds_ReturnsArticleOrNull()
    {
        var tax = MakeArticle("fuel-tax", 0, ["Governor Jane Alvarez suspended the fuel tax."]);
        var snapshot = new CorpusSnapshot([tax], [], "v1");

        Assert.Same(tax, snapshot.FindArticle("fuel-tax"));
        Assert.Null(snapshot.FindArticle("night-trains"));
    }

    [Fact]
    public void ArticleOf_Sentence_ReturnsItsArticle()
    {
        var tax = MakeArticle("fuel-tax", 0, ["Governor Jane Alvarez suspended the fuel tax."]);
        var rail = MakeArticle("night-trains", 1, ["Minister Ana Ruiz halted night trains."]);
        var snapshot = new CorpusSnapshot([tax, rail], [], "v1");

        Assert.Same(rail, snapshot.ArticleOf(snapshot.Sentences[1]));
    }

    [Fact]
    public void Empty_HasNoArticlesSentencesOrProblems()
    {
        Assert.Empty(CorpusSnapshot.Empty.Articles);
        Assert.Empty(CorpusSnapshot.Empty.Sentences);
        Assert.Empty(CorpusSnapshot.Empty.Problems);
    }
}
