namespace Bot.Corpus.Tests;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void TryParse_ValidFrontMatter_ReturnsValuesAndBody()
    {
        const string text = "---\ntitle: Fuel Tax Suspended\noutlet: Valley Courier\nid: fuel-tax\n---\nGovernor Jane Alvarez suspended the fuel tax.\n";

        var ok = FrontMatterParser.TryParse(text, out var frontMatter, out var body, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal("Fuel Tax Suspended", frontMatter["title"]);
        Assert.Equal("Valley Courier", frontMatter["outlet"]);
        Assert.Equal("fuel-tax", frontMatter["id"]);
        Assert.Equal("Governor Jane Alvarez suspended the fuel tax.\n", body);
    }

    [Fact]
    public void TryParse_NoFrontMatter_ReturnsWholeTextAsBody()
    {
        const string text = "Governor Jane Alvarez suspended the fuel tax.\n---\nNot a header.";

        var ok = FrontMatterParser.TryParse(text, out var frontMatter, out var body, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal(text, body);
        Assert.Empty(frontMatter.Values);
        Assert.Null(frontMatter["title"]);
    }

    [Fact]
    public void TryParse_NeverClosed_FailsWithReason()
    {
        const string text = "---\ntitle: Fuel Tax Suspended\noutlet: Valley Courier\n\n";

        var ok = FrontMatterParser.TryParse(text, out _, out _, out var error);

        Assert.False(ok);
        Assert.Contains("never closed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_LineWithoutColon_FailsNamingTheLine()
    {
        const string text = "---\ntitle: Fuel Tax Suspended\nthis line has no separator\n---\nBody.";

        var ok = FrontMatterParser.TryParse(text, out _, out _, out var error);

        Assert.False(ok);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
        Assert.Contains("key: value", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_KeyWithSpaces_Fails()
    {
        const string text = "---\npublished on: 2025-03-01\n---\nBody.";

        var ok = FrontMatterParser.TryParse(text, out _, out _, out var error);

        Assert.False(ok);
        Assert.Contains("spaces", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_QuotedValues_Unquoted()
    {
        const string text = "---\ntitle: \"Ruiz: Night Trains Halted\"\noutlet: 'Harbor Post'\nnote: \"unbalanced\n---\nBody.";

        var ok = FrontMatterParser.TryParse(text, out var frontMatter, out _, out _);

        Assert.True(ok);
        Assert.Equal("Ruiz: Night Trains Halted", frontMatter["title"]);
        Assert.Equal("Harbor Post", frontMatter["outlet"]);
        Assert.Equal("\"unbalanced", frontMatter["note"]);
    }

    [Fact]
    public void TryParse_EmptyValues_IndexerReturnsNull()
    {
        const string text = "---\ntitle: Fuel Tax Suspended\noutlet:\nurl: \"\"\ndate:   \n---\nBody.";

        var ok = FrontMatterParser.TryParse(text, out var frontMatter, out _, out _);

        Assert.True(ok);
        Assert.True(frontMatter.Values.ContainsKey("outlet"));
        Assert.Null(frontMatter["outlet"]);
        Assert.Null(frontMatter["url"]);
        Assert.Null(frontMatter["date"]);
        Assert.Null(frontMatter["author"]);
    }

    [Fact]
    public void TryParse_KeysInOtherCase_FoundCaseInsensitively()
    {
        const string text = "---\nTitle: Fuel Tax Suspended\n---\nBody.";

        FrontMatterParser.TryParse(text, out var frontMatter, out _, out _);

        Assert.Equal("Fuel Tax Suspended", frontMatter["title"]);
    }

    [Fact]
    public void TryParse_CommentsBlankLinesAndCrlf_Accepted()
    {
        const string text = "---\r\n# written by the desk\r\n\r\ntitle: Fuel Tax Suspended\r\n---\r\nBody line.";

        var ok = FrontMatterParser.TryParse(text, out var frontMatter, out var body, out _);

        Assert.True(ok);
        Assert.Equal("Fuel Tax Suspended", frontMatter["title"]);
        Assert.Single(frontMatter.Values);
        Assert.Equal("Body line.", body);
    }

    [Fact]
    public void TryParse_ValueContainingColon_KeepsTextAfterFirstColon()
    {
        const string text = "---\nurl: https://example.test/fuel-tax\n---\nBody.";

        FrontMatterParser.TryParse(text, out var frontMatter, out _, out _);

        Assert.Equal("https://example.test/fuel-tax", frontMatter["url"]);
    }
}
