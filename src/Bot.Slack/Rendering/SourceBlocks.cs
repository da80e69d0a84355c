using Bot.Core.Replies;

namespace Bot.Slack.Rendering;

/// <summary>A "Sources" heading and one context block per citation, in marker order as the reply lists them.</summary>
internal static class SourceBlocks
{
    public const string Heading = "*Sources*";

    public static IEnumerable<RenderedBlock> Render(IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            yield break;
        }

        yield return new RenderedBlock(BlockKit.Section(Heading), "");
        foreach (var citation in citations)
        {
            yield return new RenderedBlock(BlockKit.Context([CitationLine.Format(citation)]), CitationLine.Fallback(citation));
        }
    }
}
