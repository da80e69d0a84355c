using Bot.Core.Replies;
using Bot.Slack.Protocol;

namespace Bot.Slack.Rendering;

// TEMPORARY stub until the renderer branch lands.
public static class SlackReplyRenderer
{
    public static IReadOnlyList<SlackMessage> Render(BotReply reply, SlackRenderOptions options) => [new(reply.Text, [])];

    public static IReadOnlyList<SlackMessage> RenderSources(BotReply reply) => [new(reply.Text, [])];
}

public sealed class SlackRenderOptions
{
    public bool IncludeFeedbackButtons { get; set; } = true;

    public bool IncludeShareButton { get; set; }

    public string ReplyId { get; set; } = "";
}

public static class SlackText
{
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
