namespace Bot.Slack.Rendering;

/// <summary>The answer text as escaped mrkdwn sections, split at paragraph, sentence or word boundaries.</summary>
internal static class AnswerBlocks
{
    private const string NoAnswer = "_No answer text._";

    public static IEnumerable<RenderedBlock> Render(string text, int maxSectionChars)
    {
        var pieces = SectionSplitter.Split(SlackText.Escape(text), maxSectionChars);
        if (pieces.Count == 0)
        {
            yield return new RenderedBlock(BlockKit.Section(NoAnswer), NoAnswer);
            yield break;
        }

        foreach (var piece in pieces)
        {
            yield return new RenderedBlock(BlockKit.Section(piece), piece);
        }
    }
}
