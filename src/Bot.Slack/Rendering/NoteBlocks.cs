namespace Bot.Slack.Rendering;

/// <summary>The reply's notes as context blocks of at most ten elements, one note per element.</summary>
internal static class NoteBlocks
{
    public static IEnumerable<RenderedBlock> Render(IReadOnlyList<string> notes) =>
        notes
            .Where(note => !string.IsNullOrWhiteSpace(note))
            .Select(note => EscapedText.Truncate(SlackText.Escape(note.Trim()), SlackLimits.MaxTextObjectChars))
            .Chunk(SlackLimits.MaxContextElements)
            .Select(chunk => new RenderedBlock(BlockKit.Context(chunk), string.Join("\n", chunk)));
}
