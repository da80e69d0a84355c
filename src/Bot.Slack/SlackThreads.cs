using Bot.Answering;
using Bot.Engine;
using Bot.Slack.Inbound;
using Bot.Slack.Protocol;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>
/// The conversation of each thread the bot answers in, so a follow-up in the thread ("and why did he do it?")
/// resolves against what was asked before. A thread the bot hasn't seen (e.g. after a restart) is read back with
/// <c>conversations.replies</c>.
/// </summary>
public sealed class SlackThreads(SlackApiClient api, EmbeddedAnswerer embedded, SlackIdentity identity, ILogger<SlackThreads> logger)
{
    private readonly BoundedMap<string, Conversation> _threads = new(20_000);

    public async Task<Conversation> ForAsync(SlackChatMessage message, CancellationToken cancellationToken)
    {
        var key = $"{message.Channel}/{message.ReplyThreadTs}";
        if (_threads.TryGet(key, out var known))
        {
            return known;
        }

        var conversation = new Conversation();
        if (message.ThreadTs is not null)
        {
            await ReadBackAsync(message, conversation, cancellationToken).ConfigureAwait(false);
        }

        return _threads.GetOrAdd(key, conversation);
    }

    private async Task ReadBackAsync(SlackChatMessage message, Conversation conversation, CancellationToken cancellationToken)
    {
        try
        {
            var replies = await api.RepliesAsync(message.Channel, message.ThreadTs!, 50, cancellationToken).ConfigureAwait(false);
            var mention = identity.BotUserId is null ? null : $"<@{identity.BotUserId}>";
            foreach (var (user, botId, text) in replies)
            {
                var asked = botId is null && user != identity.BotUserId && (message.IsDirect || (mention is not null && text.Contains(mention, StringComparison.Ordinal)));
                if (asked && text != message.Text)
                {
                    embedded.Remember(mention is null ? text : text.Replace(mention, " ", StringComparison.Ordinal).Trim(), conversation);
                }
            }
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            logger.LogInformation("Could not read thread history ({Error}); answering without it", ex.Message);
        }
    }
}
