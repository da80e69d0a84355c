using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class SlackReplyRendererSourcesTests
{
    private static readonly SlackRenderOptions Defaults = new() { ReplyId = "r-7" };

    [Fact]
    public void Render_CitationWithUrl_LinksTheTitle()
    {
        var citation = ReplyData.Citation(2, "The vote was 7-2.", "Council & Mayor", "https://news.example.com/a?x=1&y=2");

        var message = Assert.Single(SlackReplyRenderer.Render(ReplyData.Reply("Answer [2].", [citation]), Defaults));

        Assert.Equal(
            "*[2]* \u201CThe vote was 7-2.\u201D \u2014 _<https://news.example.com/a?x=1&amp;y=2|Council &amp; Mayor>_",
            Assert.Single(message.ContextTexts()));
    }

    [Fact]
    public void Render_UrlWithPipeOrBrackets_CannotBreakOutOfTheLink()
    {
        var citation = ReplyData.Citation(1, "q", "Title", "https://example.com/a|<!channel>");

        var message = Assert.Single(SlackReplyRenderer.Render(ReplyData.Reply("A.", [citation]), Defaults));

        var line = Assert.Single(message.ContextTexts());
        Assert.StartsWith("*[1]* \u201Cq\u201D \u2014 _<https://example.com/a%7C", line);
        Assert.EndsWith("|Title>_", line);
        Assert.Single(line, c => c == '|');
        Assert.Single(line, c => c == '<');
        Assert.DoesNotContain("<!", line);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public void Render_CitationWithoutHttpUrl_ShowsTheTitleUnlinked(string? url)
    {
        var citation = ReplyData.Citation(1, "Quote.", "Plain Title", url);

        var message = Assert.Single(SlackReplyRenderer.Render(ReplyData.Reply("Answer [1].", [citation]), Defaults));

        Assert.Equal("*[1]* \u201CQuote.\u201D \u2014 _Plain Title_", Assert.Single(message.ContextTexts()));
    }

    [Fact]
    public void Render_Citations_FollowASourcesHeadingInOrder()
    {
        var message = Assert.Single(SlackReplyRenderer.Render(ReplyData.Reply("Answer.", ReplyData.Citations(3)), Defaults));

        Assert.Equal(["Answer.", "*Sources*"], message.SectionTexts());
        Assert.Equal(["*[1]*", "*[2]*", "*[3]*"], message.ContextTexts().Select(line => line.Split(' ')[0]));
    }

    [Fact]
    public void RenderSources_HasOnlyTheSources()
    {
        var reply = ReplyData.Reply("The answer text.", ReplyData.Citations(3)) with { Notes = ["a note"] };

        var message = Assert.Single(SlackReplyRenderer.RenderSources(reply));

        Assert.Equal(["section", "context", "context", "context"], message.Blocks().Select(block => (string?)block["type"]));
        Assert.Equal(["*Sources*"], message.SectionTexts());
        Assert.DoesNotContain(message.AllTexts(), text => text.Contains("The answer text.", StringComparison.Ordinal));
        Assert.Contains("[1] \u201CQuote 1:", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSources_60Citations_SpreadOverMessagesWithinLimits()
    {
        var messages = SlackReplyRenderer.RenderSources(ReplyData.Reply("Answer.", ReplyData.Citations(60)));

        Assert.True(messages.Count > 1);
        Assert.All(messages, message =>
        {
            Assert.InRange(message.Blocks.Count, 1, 50);
            Assert.True(message.SerializedLength() <= 12_000);
            Assert.InRange(message.Text.Length, 1, 4000);
        });
        Assert.Equal(60, messages.Sum(message => message.ContextTexts().Count()));
    }

    [Fact]
    public void RenderSources_NoCitations_SaysSo()
    {
        var message = Assert.Single(SlackReplyRenderer.RenderSources(ReplyData.Reply("Answer.")));

        Assert.False(string.IsNullOrWhiteSpace(message.Text));
        Assert.Contains("no sources", Assert.Single(message.SectionTexts()), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OverlongQuote_IsShortenedToOneTextObject()
    {
        var citation = ReplyData.Citation(1, string.Concat(Enumerable.Repeat("A & B ", 1000)), "T", "https://example.com/");

        var message = Assert.Single(SlackReplyRenderer.Render(ReplyData.Reply("A.", [citation]), Defaults));

        var line = Assert.Single(message.ContextTexts());
        Assert.InRange(line.Length, 1, 3000);
        Assert.EndsWith("\u2026\u201D \u2014 _<https://example.com/|T>_", line);
        Assert.DoesNotContain("&amp\u2026", line);
    }
}
