using Bot.Answering;
using Bot.Core.Replies;

namespace Bot.Engine;

/// <summary>What every front end (CLI, Slack, Discord) talks to: questions and the quick-summary commands.</summary>
public interface IStoryBot
{
    Task<BotReply> AskAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The answer as it grows (verified text so far), ending with the final reply: chat adapters ack at once and
    /// edit their message as updates arrive.
    /// </summary>
    IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default);

    /// <summary>Runs one of <see cref="ReplyCommands.All"/> with its optional argument (a question for ask, a name for who, ...).</summary>
    Task<BotReply> RunAsync(string command, string? argument, Conversation? conversation = null, CancellationToken cancellationToken = default);
}
