using System.Collections.Concurrent;
using Bot.Answering;

namespace Bot.Discord.Chat;

/// <summary>
/// Which conversation a message continues: a reply to one of the bot's answers continues that answer's
/// conversation; otherwise a thread or DM channel is one conversation; a fresh mention in a server channel starts one.
/// </summary>
public sealed class DiscordConversations
{
    private const int Capacity = 20_000;
    private readonly ConcurrentDictionary<string, Conversation> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public Conversation For(DiscordChatMessage message, bool isThreadOrDm)
    {
        if (message.ReferencedMessageId is not null && _byKey.TryGetValue("msg:" + message.ReferencedMessageId, out var chain))
        {
            return chain;
        }

        return isThreadOrDm ? _byKey.GetOrAdd("chan:" + message.ChannelId, _ => Remembered("chan:" + message.ChannelId)) : new Conversation();
    }

    /// <summary>Links the bot's answer message to the conversation, so a reply to it is a follow-up.</summary>
    public void Link(string botMessageId, Conversation conversation)
    {
        var key = "msg:" + botMessageId;
        if (_byKey.TryAdd(key, conversation))
        {
            Track(key);
        }
    }

    private Conversation Remembered(string key)
    {
        Track(key);
        return new Conversation();
    }

    private void Track(string key)
    {
        _order.Enqueue(key);
        while (_byKey.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _byKey.TryRemove(oldest, out _);
        }
    }
}
