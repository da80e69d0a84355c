using Bot.Core.Replies;

namespace Bot.Slack.Rendering;

/// <summary>
/// The reply's structured items, one compact line each (<c>• _kind_ *Label*: text [1][2]</c>), packed into as few
/// sections as fit.
/// </summary>
internal static class ItemBlocks
{
    public static IEnumerable<RenderedBlock> Render(IReadOnlyList<ReplyItem> items, int maxSectionChars)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var lines = string.Join("\n", items.Select(Line));
        return SectionSplitter.Split(lines, maxSectionChars).Select(piece => new RenderedBlock(BlockKit.Section(piece), piece));
    }

    private static string Line(ReplyItem item)
    {
        var kind = string.IsNullOrWhiteSpace(item.Kind) ? "" : $"_{SlackText.Escape(item.Kind.Trim())}_ ";
        var label = string.IsNullOrWhiteSpace(item.Label) ? "" : $"*{SlackText.Escape(item.Label.Trim())}*";
        var text = SlackText.Escape(item.Text.Trim());
        var separator = label.Length > 0 && text.Length > 0 ? ": " : "";
        var markers = string.Concat(item.Markers.Select(marker => $"[{marker}]"));
        var line = $"\u2022 {kind}{label}{separator}{text}";
        return markers.Length > 0 ? $"{line} {markers}" : line;
    }
}
