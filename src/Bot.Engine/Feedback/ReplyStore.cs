using System.Collections.Concurrent;
using Bot.Core.Replies;

namespace Bot.Engine.Feedback;

/// <summary>
/// Recent replies by a short id, so buttons under a chat message (feedback, show sources, share) can find the
/// reply they belong to. Bounded: the oldest are forgotten first.
/// </summary>
public sealed class ReplyStore
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, BotReply> _replies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public string Add(BotReply reply)
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        _replies[id] = reply;
        _order.Enqueue(id);
        while (_replies.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _replies.TryRemove(oldest, out _);
        }

        return id;
    }

    public BotReply? Find(string? id) => id is not null && _replies.TryGetValue(id, out var reply) ? reply : null;
}
