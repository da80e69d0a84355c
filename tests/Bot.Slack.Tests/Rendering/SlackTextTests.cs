using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class SlackTextTests
{
    [Fact]
    public void Escape_ControlCharacters_BecomeEntities()
    {
        Assert.Equal("a &amp; &lt;b&gt; &gt;", SlackText.Escape("a & <b> >"));
    }

    [Theory]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<!here>", "&lt;!here&gt;")]
    [InlineData("<!everyone>", "&lt;!everyone&gt;")]
    [InlineData("<!subteam^S1>", "&lt;!subteam^S1&gt;")]
    [InlineData("<@U123>", "&lt;@U123&gt;")]
    [InlineData("<#C123|general>", "&lt;#C123|general&gt;")]
    [InlineData("<https://evil.example|click>", "&lt;https://evil.example|click&gt;")]
    public void Escape_MentionsAndLinks_BecomeInert(string raw, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(raw));
    }

    [Fact]
    public void Escape_TextWithEntities_EscapesTheAmpersandOnce()
    {
        Assert.Equal("&amp;amp; &amp;lt;", SlackText.Escape("&amp; &lt;"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain *bold* _italic_ ~strike~ `code` \"quotes\" 'apostrophes' [1] @here #general")]
    [InlineData("Unicode: caf\u00E9, \u65E5\u672C, \U0001F600")]
    public void Escape_TextWithoutControlCharacters_IsUnchanged(string text)
    {
        Assert.Equal(text, SlackText.Escape(text));
    }
}
