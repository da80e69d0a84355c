using Bot.Answering;
using Bot.Core.Replies;

namespace Bot.Engine;

/// <summary>
/// The kernel's answering step: the embedded extractive engine, or a language model whose answers are verified
/// against the corpus. Writes answers to questions and the prose commands (summary, who, why).
/// </summary>
public interface IAnswerer
{
    /// <summary>Names the engine, e.g. <c>extractive</c> or <c>llm:gpt-4o-mini</c>; part of the answer-cache key.</summary>
    string Name { get; }

    Task<BotReply> AskAsync(string question, Conversation? conversation, CancellationToken cancellationToken);

    /// <summary>Partial verified text as the answer grows, then the final reply.</summary>
    IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation, CancellationToken cancellationToken);

    /// <summary>Runs <see cref="ReplyCommands.Summary"/>, <see cref="ReplyCommands.Who"/> or <see cref="ReplyCommands.Why"/>.</summary>
    Task<BotReply> RunAsync(string command, string? argument, CancellationToken cancellationToken);
}
