namespace Bot.Slack.Rendering;

/// <summary>Slack's documented Block Kit limits, plus the cumulative size the renderer keeps each message under.</summary>
internal static class SlackLimits
{
    public const int MaxBlocksPerMessage = 50;
    public const int MaxTextObjectChars = 3000;
    public const int MaxContextElements = 10;
    public const int MaxButtonTextChars = 75;
    public const int MaxActionIdChars = 255;
    public const int MaxButtonValueChars = 2000;

    /// <summary>The <c>text</c> fallback: Slack truncates long text and recommends at most 4,000 characters.</summary>
    public const int MaxFallbackChars = 4000;

    /// <summary>
    /// The serialized size of one message's blocks. Slack rejects payloads near 13,000 characters with
    /// <c>msg_blocks_too_long</c> (slackapi/bolt-js#2509), below any single documented limit, so stay under 12,000.
    /// </summary>
    public const int MaxMessageBlockChars = 12_000;

    /// <summary>The smallest section size the splitter accepts, so that every chunk makes progress.</summary>
    public const int MinSectionChars = 100;

    /// <summary>The fewest blocks a message may hold: the actions block and one content block.</summary>
    public const int MinBlocksPerMessage = 2;
}
