using Bot.Core.Replies;

namespace Bot.Slack.Tests.Rendering;

/// <summary>Builds replies and citations for the renderer tests.</summary>
internal static class ReplyData
{
    public static BotReply Reply(
        string text,
        IReadOnlyList<Citation>? citations = null,
        IReadOnlyList<ReplyItem>? items = null,
        bool abstained = false) =>
        new(ReplyCommands.Ask, "What did the council decide?", text, abstained, citations ?? [], items ?? [], "extractive");

    public static Citation Citation(int marker, string quote, string title = "City Council Votes", string? url = null) =>
        new(marker, $"article-{marker}", $"p-{marker}", $"s-{marker}", quote, title, url);

    public static IReadOnlyList<Citation> Citations(int count) =>
        [.. Enumerable.Range(1, count).Select(n => Citation(
            n,
            $"Quote {n}: the council said <b>budget</b> & spending > forecast, and the mayor agreed to review item {n} " +
            "before the next session of the full council in the spring.",
            $"Council Report {n}",
            $"https://news.example.com/articles/{n}?page=1&ref=bot"))];
}
