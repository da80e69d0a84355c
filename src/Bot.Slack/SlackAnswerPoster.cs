using Bot.Core.Replies;
using Bot.Engine;
using Bot.Engine.Feedback;
using Bot.Slack.Inbound;
using Bot.Slack.Protocol;
using Bot.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>
/// Answers a mention or direct message in its thread. With a streaming model the first verified sentences are
/// posted as soon as they exist and the message is edited (<c>chat.update</c>, at most once a second) as the answer
/// grows; the final reply replaces it with Block Kit, continuing in further messages when it is long.
/// </summary>
public sealed class SlackAnswerPoster(IStoryBot bot, SlackApiClient api, SlackThreads threads, ReplyStore replies, TimeProvider time, ILogger<SlackAnswerPoster> logger)
{
    public async Task AnswerAsync(SlackChatMessage message, CancellationToken cancellationToken)
    {
        var conversation = await threads.ForAsync(message, cancellationToken).ConfigureAwait(false);
        string? ts = null;
        try
        {
            await StreamedReply.ShowAsync(
                bot.AskStreamingAsync(message.Text, conversation, cancellationToken),
                async partial =>
                {
                    var shown = new SlackMessage(SlackText.Escape(partial) + " …", []);
                    if (ts is null)
                    {
                        ts = await api.PostMessageAsync(message.Channel, shown, message.ReplyThreadTs, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await api.UpdateAsync(message.Channel, ts, shown, cancellationToken).ConfigureAwait(false);
                    }
                },
                reply => PostFinalAsync(message, reply, ts, cancellationToken),
                time).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Answering a Slack message failed");
            var sorry = new SlackMessage("Sorry, something went wrong while answering that. Please try again.", []);
            await TryAsync(() => ts is null
                ? api.PostMessageAsync(message.Channel, sorry, message.ReplyThreadTs, cancellationToken)
                : api.UpdateAsync(message.Channel, ts, sorry, cancellationToken)).ConfigureAwait(false);
        }
    }

    private async Task PostFinalAsync(SlackChatMessage message, BotReply reply, string? ts, CancellationToken cancellationToken)
    {
        var messages = SlackReplyRenderer.Render(reply, new SlackRenderOptions { ReplyId = replies.Add(reply) });
        var first = true;
        foreach (var part in messages)
        {
            if (first && ts is not null)
            {
                await api.UpdateAsync(message.Channel, ts, part, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await api.PostMessageAsync(message.Channel, part, message.ReplyThreadTs, cancellationToken).ConfigureAwait(false);
            }

            first = false;
        }
    }

    private async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Could not tell the user about the failure: {Error}", ex.Message);
        }
    }
}
