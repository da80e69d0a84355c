using System.Text.RegularExpressions;

namespace Bot.Corpus.Tests;

public sealed class ArticleParserTests
{
    private const string FuelTax =
        "---\n" +
        "title: Governor Suspends Fuel Tax\n" +
        "outlet: Valley Courier\n" +
        "url: https://example.test/fuel-tax\n" +
        "date: 2025-06-02\n" +
        "---\n" +
        "Governor Jane Alvarez suspended the fuel tax on Monday. She said drivers needed relief.\n" +
        "Refiners objected. Sen. Paul Okafor called the move reckless. He wants hearings.\n";

    private static Bot.Core.Model.Article Parse(string path, string text, int firstOrdinal = 0)
    {
        var ok = ArticleParser.TryParse(path, text, firstOrdinal, out var article, out var error);
        Assert.True(ok, error);
        Assert.NotNull(article);
        return article;
    }

    [Fact]
    public void TryParse_Article_MetadataFromFrontMatter()
    {
        var article = Parse("news/Fuel Tax.md", FuelTax);

        Assert.Equal("fuel-tax", article.Id);
        Assert.Equal("Governor Suspends Fuel Tax", article.Title);
        Assert.Equal("Valley Courier", article.Outlet);
        Assert.Equal("https://example.test/fuel-tax", article.Url);
        Assert.Equal("2025-06-02", article.Published);
        Assert.Equal("news/Fuel Tax.md", article.SourcePath);
    }

    [Fact]
    public void TryParse_Article_IdsShapedArticlePassageSentence()
    {
        var article = Parse("fuel-tax.md", FuelTax);

        Assert.Equal(["fuel-tax#p1", "fuel-tax#p2"], article.Passages.Select(p => p.Id));
        Assert.Equal(
            ["fuel-tax#p1.s1", "fuel-tax#p1.s2", "fuel-tax#p2.s1", "fuel-tax#p2.s2", "fuel-tax#p2.s3"],
            article.Sentences.Select(s => s.Id));
        Assert.All(article.Sentences, s => Assert.Matches(new Regex(@"^fuel-tax#p\d+\.s\d+$"), s.Id));
        Assert.Equal("Sen. Paul Okafor called the move reckless.", article.Sentences.Single(s => s.Id == "fuel-tax#p2.s2").Text);
    }

    [Fact]
    public void TryParse_Sentence_CarriesPassageNumbersAndOrdinals()
    {
        var article = Parse("fuel-tax.md", FuelTax, firstOrdinal: 10);

        var sentence = article.Sentences.Single(s => s.Id == "fuel-tax#p2.s3");
        Assert.Equal("fuel-tax", sentence.ArticleId);
        Assert.Equal("fuel-tax#p2", sentence.PassageId);
        Assert.Equal(2, sentence.PassageNumber);
        Assert.Equal(3, sentence.Number);
        Assert.Equal([10, 11, 12, 13, 14], article.Sentences.Select(s => s.Ordinal));
    }

    [Fact]
    public void TryParse_SameTextTwice_SameIds()
    {
        var first = Parse("fuel-tax.md", FuelTax);
        var second = Parse("fuel-tax.md", FuelTax);

        Assert.Equal(first.Sentences.Select(s => (s.Id, s.Text)), second.Sentences.Select(s => (s.Id, s.Text)));
    }

    [Fact]
    public void TryParse_RepeatedParagraphInserted_LaterIdsUnchanged()
    {
        var withRepeat = FuelTax.Replace(
            "Refiners objected.",
            "Governor Jane Alvarez suspended the fuel tax on Monday. She said drivers needed relief.\nRefiners objected.",
            StringComparison.Ordinal);

        var original = Parse("fuel-tax.md", FuelTax);
        var repeated = Parse("fuel-tax.md", withRepeat);

        Assert.Equal(original.Sentences.Select(s => (s.Id, s.Text)), repeated.Sentences.Select(s => (s.Id, s.Text)));
    }

    [Fact]
    public void TryParse_PassageSentences_AreVerbatimSpansOfPassage()
    {
        var article = Parse("fuel-tax.md", FuelTax);

        Assert.All(article.Passages, p => Assert.All(p.Sentences, s => Assert.Contains(s.Text, p.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void TryParse_TitleRepeatedInBody_KeptOnceAsHeadingNotBody()
    {
        var withHeadlines = FuelTax.Replace(
            "---\nGovernor Jane",
            "---\nGovernor Suspends Fuel Tax\n\nGovernor Suspends Fuel Tax\nGovernor Jane",
            StringComparison.Ordinal);

        var article = Parse("fuel-tax.md", withHeadlines);

        var headline = Assert.Single(article.Passages, p => p.Text.Contains("Governor Suspends Fuel Tax", StringComparison.Ordinal));
        Assert.Equal("Governor Suspends Fuel Tax", Assert.Single(headline.Sentences).Text);
        Assert.True(headline.Sentences[0].IsHeading);
        Assert.All(article.Passages.Where(p => p != headline).SelectMany(p => p.Sentences), s => Assert.False(s.IsHeading));
        Assert.Equal(
            Parse("fuel-tax.md", FuelTax).Sentences.Select(s => s.Text),
            article.Sentences.Where(s => !s.IsHeading).Select(s => s.Text));
    }

    [Fact]
    public void TryParse_BodyText_SentencesAreNotHeadings()
    {
        var article = Parse("fuel-tax.md", FuelTax);

        Assert.All(article.Sentences, s => Assert.False(s.IsHeading));
    }

    [Fact]
    public void TryParse_NoFrontMatter_IdFromFileNameTitleFromHeading()
    {
        var article = Parse("notes/Night Trains (Draft).md", "# Night Trains Halted\n\nMinister Ana Ruiz halted night trains.\n");

        Assert.Equal("night-trains-draft", article.Id);
        Assert.Equal("Night Trains Halted", article.Title);
        Assert.Null(article.Outlet);
        var body = Assert.Single(article.Sentences, s => !s.IsHeading);
        Assert.Equal("Minister Ana Ruiz halted night trains.", body.Text);
        Assert.StartsWith("night-trains-draft#p", body.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_MarkdownHeading_HeadingSentenceWithoutHashes()
    {
        var article = Parse("night-trains.md", "## Night Trains Halted\n\nMinister Ana Ruiz halted night trains.\n");

        var heading = Assert.Single(article.Sentences, s => s.IsHeading);
        Assert.Equal("Night Trains Halted", heading.Text);
    }

    [Fact]
    public void TryParse_IdInFrontMatter_Slugged()
    {
        var article = Parse("x.md", "---\nid: Night Trains 2025\n---\nMinister Ana Ruiz halted night trains.\n");

        Assert.Equal("night-trains-2025", article.Id);
    }

    [Fact]
    public void TryParse_NoTitleAnywhere_TitleIsId()
    {
        var article = Parse("night-trains.md", "Minister Ana Ruiz halted night trains.\n");

        Assert.Equal("night-trains", article.Title);
    }

    [Fact]
    public void TryParse_OnlyHeadings_FailsWithNoText()
    {
        var ok = ArticleParser.TryParse("empty-ish.md", "---\ntitle: Night Trains Halted\n---\n# Night Trains Halted\n", 0, out var article, out var error);

        Assert.False(ok);
        Assert.Null(article);
        Assert.Contains("no text", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NameWithoutLettersOrDigits_FailsWithNoId()
    {
        var ok = ArticleParser.TryParse("---.md", "Minister Ana Ruiz halted night trains.\n", 0, out _, out var error);

        Assert.False(ok);
        Assert.Contains("id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_BrokenFrontMatter_FailsWithParserError()
    {
        var ok = ArticleParser.TryParse("broken.md", "---\ntitle: Night Trains\nid: night-trains\n", 0, out _, out var error);

        Assert.False(ok);
        Assert.Contains("never closed", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Halt Cyber Ops", "halt-cyber-ops")]
    [InlineData("  Fuel__Tax -- 2025! ", "fuel-tax-2025")]
    [InlineData("Caf\u00E9 Closures", "caf-closures")]
    [InlineData("already-a-slug", "already-a-slug")]
    public void Slug_Name_LowerCaseLettersDigitsAndDashes(string name, string expected)
    {
        Assert.Equal(expected, ArticleParser.Slug(name));
    }
}
