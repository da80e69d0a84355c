using Bot.Engine;
using System.Text.Json;
using Bot.Slack.Inbound;

namespace Bot.Slack;

/// <summary>
/// Events API callbacks (over HTTP or Socket Mode): answers mentions and direct messages once each, however many
/// times Slack delivers them, and never the bot's own or other bots' messages. Returns at once; answering runs
/// on the work queue.
/// </summary>
public sealed class SlackEvents(SlackIdentity identity, TimeProvider time, BackgroundWorkQueue queue, SlackAnswerPoster poster)
{
    private readonly RecentIdSet _recent = new(time);

    public void Accept(JsonElement callback)
    {
        var message = SlackPayloads.ChatMessage(callback, identity);
        if (message is null)
        {
            return;
        }

        // Retries carry the same event_id; a mention in a DM-like channel can also arrive as app_mention and message.
        if ((message.EventId is not null && !_recent.FirstTime("event:" + message.EventId)) || !_recent.FirstTime($"msg:{message.Channel}/{message.Ts}"))
        {
            return;
        }

        queue.TryEnqueue(cancellationToken => poster.AnswerAsync(message, cancellationToken));
    }
}
