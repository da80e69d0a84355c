using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Discord.Protocol.Gateway;
using Bot.Discord.Protocol.Rest;
using Bot.Discord.Rendering;
using Bot.Engine;
using Bot.Engine.Feedback;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Chat;

/// <summary>
/// Gateway chat: answers mentions and direct messages as replies (<c>message_reference</c>) in the same channel or
/// thread, once per message id even when events are replayed after a resume. With a streaming model the reply is
/// posted at the first verified sentence and edited (at most once a second) as it grows.
/// </summary>
public sealed class DiscordChat(
    IStoryBot bot,
    DiscordRestClient rest,
    DiscordIdentity identity,
    DiscordConversations conversations,
    ReplyStore replies,
    BackgroundWorkQueue queue,
    TimeProvider time,
    ILogger<DiscordChat> logger) : IGatewayDispatchHandler
{
    private const int DirectMessage = 1;
    private readonly Bot.Engine.RecentIdSet _seen = new(time);

    public Task HandleAsync(string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        if (eventName == "READY" && data.TryGetProperty("user", out var user) && user.TryGetProperty("id", out var id))
        {
            identity.BotUserId = id.GetString();
            return Task.CompletedTask;
        }

        if (eventName != "MESSAGE_CREATE" || DiscordChatMessage.From(data, identity.BotUserId) is not { } message || !_seen.FirstTime(message.Id))
        {
            return Task.CompletedTask;
        }

        var channelType = data.TryGetProperty("channel_type", out var type) && type.TryGetInt32(out var t) ? t : -1;
        var threadOrDm = message.GuildId is null || channelType is DirectMessage or 10 or 11 or 12;
        queue.TryEnqueue(ct => AnswerAsync(message, threadOrDm, ct));
        return Task.CompletedTask;
    }

    private async Task AnswerAsync(DiscordChatMessage message, bool threadOrDm, CancellationToken cancellationToken)
    {
        var conversation = conversations.For(message, threadOrDm);
        string? replyId = null;
        try
        {
            await StreamedReply.ShowAsync(
                bot.AskStreamingAsync(message.Question, conversation, cancellationToken),
                async partial => replyId = await PostOrEditAsync(message, replyId, Reply(DiscordReplyRenderer.Partial(partial), message.Id), cancellationToken).ConfigureAwait(false),
                async reply =>
                {
                    var messages = DiscordReplyRenderer.Render(reply, replies.Add(reply), ephemeral: false);
                    replyId = await PostOrEditAsync(message, replyId, Reply(messages[0], message.Id), cancellationToken).ConfigureAwait(false);
                    foreach (var more in messages.Skip(1))
                    {
                        await rest.CreateMessageAsync(message.ChannelId, (JsonObject)more.DeepClone(), cancellationToken).ConfigureAwait(false);
                    }

                    conversations.Link(replyId, conversation);
                },
                time).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Answering a Discord message failed");
        }
    }

    private async Task<string> PostOrEditAsync(DiscordChatMessage message, string? replyId, JsonObject body, CancellationToken cancellationToken)
    {
        if (replyId is null)
        {
            var created = await rest.CreateMessageAsync(message.ChannelId, body, cancellationToken).ConfigureAwait(false);
            return created.ValueKind == JsonValueKind.Object && created.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";
        }

        body.Remove("message_reference"); // an edit keeps the reference it was posted with
        await rest.SendAsync(HttpMethod.Patch, $"channels/{message.ChannelId}/messages/{replyId}", body, cancellationToken).ConfigureAwait(false);
        return replyId;
    }

    private static JsonObject Reply(JsonObject message, string toMessageId)
    {
        var body = (JsonObject)message.DeepClone();
        body["message_reference"] = new JsonObject { ["message_id"] = toMessageId, ["fail_if_not_exists"] = false };
        body["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray(), ["replied_user"] = false };
        return body;
    }
}
