namespace Bot.Slack.Rendering;

/// <summary>How <see cref="SlackReplyRenderer"/> lays a reply out. Values above Slack's limits are lowered to them.</summary>
public sealed record SlackRenderOptions
{
    /// <summary>Adds "Helpful", "Not helpful" and (when the reply has citations) "Show sources" buttons.</summary>
    public bool IncludeFeedbackButtons { get; init; } = true;

    /// <summary>Adds a "Share in channel" button, e.g. under an ephemeral reply.</summary>
    public bool IncludeShareButton { get; init; }

    /// <summary>A short opaque id carried as every button's <c>value</c> (at most 2,000 characters); empty for none.</summary>
    public string ReplyId { get; init; } = "";

    /// <summary>The longest section text; at most Slack's 3,000 and at least 100.</summary>
    public int MaxSectionChars { get; init; } = SlackLimits.MaxTextObjectChars;

    /// <summary>The most blocks in one message; at most Slack's 50 and at least 2.</summary>
    public int MaxBlocks { get; init; } = SlackLimits.MaxBlocksPerMessage;

    internal int EffectiveSectionChars =>
        Math.Min(AtLeast(MaxSectionChars, SlackLimits.MinSectionChars, nameof(MaxSectionChars)), SlackLimits.MaxTextObjectChars);

    internal int EffectiveMaxBlocks =>
        Math.Min(AtLeast(MaxBlocks, SlackLimits.MinBlocksPerMessage, nameof(MaxBlocks)), SlackLimits.MaxBlocksPerMessage);

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(ReplyId, nameof(ReplyId));
        if (ReplyId.Length > SlackLimits.MaxButtonValueChars)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ReplyId), $"A button value holds at most {SlackLimits.MaxButtonValueChars} characters.");
        }

        _ = EffectiveSectionChars;
        _ = EffectiveMaxBlocks;
    }

    private static int AtLeast(int value, int minimum, string name) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"Must be at least {minimum}.");
}
