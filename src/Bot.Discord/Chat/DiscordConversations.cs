using Bot.Engine;
using Bot.Answering;

namespace Bot.Discord.Chat;

/// <summary>
/// Which conversation a message continues: a reply to one of the bot's answers continues that answer's
/// conversation; otherwise a thread or DM channel is one conversation; a fresh mention in a server channel starts one.
/// </summary>
public sealed class DiscordConversations
{
    private readonly BoundedMap<string, Conversation> _byKey = new(20_000);

    public Conversation For(DiscordChatMessage message, bool isThreadOrDm)
    {
        if (message.ReferencedMessageId is not null && _byKey.TryGet("msg:" + message.ReferencedMessageId, out var chain))
        {
            return chain;
        }

        if (!isThreadOrDm)
        {
            return new Conversation();
        }

        var key = "chan:" + message.ChannelId;
        return _byKey.TryGet(key, out var channel) ? channel : _byKey.GetOrAdd(key, new Conversation());
    }

    /// <summary>Links the bot's answer message to the conversation, so a reply to it is a follow-up.</summary>
    public void Link(string botMessageId, Conversation conversation) => _byKey.GetOrAdd("msg:" + botMessageId, conversation);
}
