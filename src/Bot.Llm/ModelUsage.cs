using Bot.Core.Replies;
using OpenAI.Chat;

namespace Bot.Llm;

/// <summary>Reads token usage from Semantic Kernel message metadata (<c>Usage</c>, an OpenAI <see cref="ChatTokenUsage"/>).</summary>
internal static class ModelUsage
{
    public static (int Input, int Output) From(IReadOnlyDictionary<string, object?>? metadata) =>
        metadata is not null && metadata.TryGetValue("Usage", out var value) && value is ChatTokenUsage usage
            ? (usage.InputTokenCount, usage.OutputTokenCount)
            : (0, 0);

    public static TokenUsage Total(int contextTokens, params (int Input, int Output)[] calls) =>
        new(calls.Sum(c => c.Input), calls.Sum(c => c.Output), contextTokens);
}
