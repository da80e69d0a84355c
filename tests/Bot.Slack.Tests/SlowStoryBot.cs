using System.Runtime.CompilerServices;
using Bot.Answering;
using Bot.Core.Replies;
using Bot.Engine;

namespace Bot.Slack.Tests;

/// <summary>The real bot, made slow, to show Slack is acknowledged before the answer exists.</summary>
public sealed class SlowStoryBot(IStoryBot inner, TimeSpan delay) : IStoryBot
{
    public async Task<BotReply> AskAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.AskAsync(question, conversation, cancellationToken);
    }

    public async IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        await foreach (var update in inner.AskStreamingAsync(question, conversation, cancellationToken))
        {
            yield return update;
        }
    }

    public async Task<BotReply> RunAsync(string command, string? argument, Conversation? conversation = null, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.RunAsync(command, argument, conversation, cancellationToken);
    }
}
