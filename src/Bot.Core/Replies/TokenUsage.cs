namespace Bot.Core.Replies;

/// <summary>Tokens a model call used, as the provider reported them, and the tokens of article context sent.</summary>
public sealed record TokenUsage(int InputTokens, int OutputTokens, int ContextTokens)
{
    public int TotalTokens => InputTokens + OutputTokens;
}
