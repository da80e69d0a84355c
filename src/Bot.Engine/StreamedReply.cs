using Bot.Core.Replies;

namespace Bot.Engine;

/// <summary>
/// Shows a streamed answer on a chat platform: the partial (verified) text at most once per <see cref="EditInterval"/>
/// (chat platforms rate-limit edits), then the final reply. The platform supplies how to show each.
/// </summary>
public static class StreamedReply
{
    public static readonly TimeSpan EditInterval = TimeSpan.FromSeconds(1);

    public static async Task ShowAsync(
        IAsyncEnumerable<AnswerUpdate> updates,
        Func<string, Task> showPartial,
        Func<BotReply, Task> showFinal,
        TimeProvider time)
    {
        var lastEdit = DateTimeOffset.MinValue;
        await foreach (var update in updates.ConfigureAwait(false))
        {
            if (update.Final is { } reply)
            {
                await showFinal(reply).ConfigureAwait(false);
                return;
            }

            if (time.GetUtcNow() - lastEdit >= EditInterval)
            {
                await showPartial(update.Text).ConfigureAwait(false);
                lastEdit = time.GetUtcNow();
            }
        }
    }

    /// <summary>Waits up to <paramref name="budget"/> for an answer, without leaving a timer behind; true when it is ready.</summary>
    public static async Task<bool> ReadyWithinAsync(Task answering, TimeSpan budget, TimeProvider time)
    {
        if (!answering.IsCompleted)
        {
            using var timer = new CancellationTokenSource();
            await Task.WhenAny(answering, Task.Delay(budget, time, timer.Token)).ConfigureAwait(false);
            await timer.CancelAsync().ConfigureAwait(false);
        }

        return answering.IsCompletedSuccessfully;
    }
}
