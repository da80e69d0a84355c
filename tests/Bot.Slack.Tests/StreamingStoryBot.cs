using System.Runtime.CompilerServices;
using Bot.Answering;
using Bot.Core.Replies;
using Bot.Engine;

namespace Bot.Slack.Tests;

/// <summary>The real bot's answer, streamed as a model would: two partial texts a little apart, then the final reply.</summary>
public sealed class StreamingStoryBot(IStoryBot inner, TimeSpan gap) : IStoryBot
{
    public Task<BotReply> AskAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default) =>
        inner.AskAsync(question, conversation, cancellationToken);

    public async IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reply = await inner.AskAsync(question, conversation, cancellationToken);
        yield return new AnswerUpdate("Partial <!channel> one.");
        await Task.Delay(gap, cancellationToken);
        yield return new AnswerUpdate("Partial <!channel> one. Partial two.");
        await Task.Delay(gap, cancellationToken);
        yield return AnswerUpdate.Completed(reply);
    }

    public Task<BotReply> RunAsync(string command, string? argument, Conversation? conversation = null, CancellationToken cancellationToken = default) =>
        inner.RunAsync(command, argument, conversation, cancellationToken);
}
