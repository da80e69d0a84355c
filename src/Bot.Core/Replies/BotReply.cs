namespace Bot.Core.Replies;

/// <summary>
/// What every command returns, whatever the platform: the text with <c>[n]</c> markers, the citations those markers
/// point to, and structured items. <see cref="Abstained"/> is true when the corpus does not answer the question.
/// </summary>
public sealed record BotReply(
    string Command,
    string Question,
    string Text,
    bool Abstained,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<ReplyItem> Items,
    string Engine)
{
    public double ElapsedMs { get; init; }

    /// <summary>Remarks about how the question was handled, e.g. that it was truncated.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The standalone question actually answered, after follow-up resolution; null when unchanged.</summary>
    public string? ResolvedQuestion { get; init; }

    /// <summary>Token usage when a language model wrote the reply; null for the embedded engine.</summary>
    public TokenUsage? Usage { get; init; }

    /// <summary>What the citation check removed or re-attributed in a model-written reply; null otherwise.</summary>
    public VerificationReport? Verification { get; init; }

    /// <summary>True when the reply was served from the answer cache.</summary>
    public bool Cached { get; init; }
}
