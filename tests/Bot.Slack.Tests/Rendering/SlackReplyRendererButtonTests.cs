using Bot.Core.Replies;
using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class SlackReplyRendererButtonTests
{
    private static readonly BotReply Cited =
        ReplyData.Reply("The council approved the budget [1].", [ReplyData.Citation(1, "approved the budget")]);

    [Fact]
    public void Render_DefaultOptions_AddsFeedbackAndShowSourcesButtonsLast()
    {
        var message = Assert.Single(SlackReplyRenderer.Render(Cited, new SlackRenderOptions { ReplyId = "r-42" }));

        Assert.Equal("actions", (string?)message.Blocks().Last()["type"]);
        Assert.Equal(["feedback_helpful", "feedback_not_helpful", "show_sources"], message.Buttons().Select(b => (string?)b["action_id"]));
        Assert.Equal(["Helpful", "Not helpful", "Show sources"], message.Buttons().Select(b => (string?)b["text"]!["text"]));
        Assert.All(message.Buttons(), button => Assert.Equal("r-42", (string?)button["value"]));
        Assert.All(message.Buttons(), button => Assert.Equal("plain_text", (string?)button["text"]!["type"]));
    }

    [Fact]
    public void Render_ShareButtonOnly_HasOnlyShareInChannel()
    {
        var options = new SlackRenderOptions { IncludeFeedbackButtons = false, IncludeShareButton = true, ReplyId = "abc" };

        var message = Assert.Single(SlackReplyRenderer.Render(Cited, options));

        var button = Assert.Single(message.Buttons());
        Assert.Equal("share_in_channel", (string?)button["action_id"]);
        Assert.Equal("Share in channel", (string?)button["text"]!["text"]);
        Assert.Equal("abc", (string?)button["value"]);
    }

    [Fact]
    public void Render_FeedbackAndShare_HasFourButtons()
    {
        var options = new SlackRenderOptions { IncludeShareButton = true, ReplyId = "abc" };

        var message = Assert.Single(SlackReplyRenderer.Render(Cited, options));

        Assert.Equal(
            ["feedback_helpful", "feedback_not_helpful", "show_sources", "share_in_channel"],
            message.Buttons().Select(button => (string?)button["action_id"]));
    }

    [Fact]
    public void Render_NoButtonsRequested_HasNoActionsBlock()
    {
        var options = new SlackRenderOptions { IncludeFeedbackButtons = false, IncludeShareButton = false };

        var message = Assert.Single(SlackReplyRenderer.Render(Cited, options));

        Assert.Empty(message.OfType("actions"));
    }

    [Fact]
    public void Render_NoCitations_OmitsShowSources()
    {
        var message = Assert.Single(SlackReplyRenderer.Render(ReplyData.Reply("No sources."), new SlackRenderOptions()));

        Assert.Equal(["feedback_helpful", "feedback_not_helpful"], message.Buttons().Select(button => (string?)button["action_id"]));
    }

    [Fact]
    public void Render_EmptyReplyId_OmitsButtonValues()
    {
        var message = Assert.Single(SlackReplyRenderer.Render(Cited, new SlackRenderOptions()));

        Assert.All(message.Buttons(), button => Assert.False(button.ContainsKey("value")));
    }

    [Fact]
    public void Render_LongestReplyId_IsCarriedWhole()
    {
        var id = new string('x', 2000);

        var message = Assert.Single(SlackReplyRenderer.Render(Cited, new SlackRenderOptions { ReplyId = id }));

        Assert.All(message.Buttons(), button => Assert.Equal(id, (string?)button["value"]));
    }

    [Fact]
    public void Render_ReplyIdOverButtonValueLimit_Throws()
    {
        var options = new SlackRenderOptions { ReplyId = new string('x', 2001) };

        Assert.Throws<ArgumentOutOfRangeException>(() => SlackReplyRenderer.Render(Cited, options));
    }
}
