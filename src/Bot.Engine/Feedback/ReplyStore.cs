using Bot.Core.Replies;

namespace Bot.Engine.Feedback;

/// <summary>
/// Recent replies by a short id, so buttons under a chat message (feedback, show sources, share) can find the
/// reply they belong to. Bounded: the oldest are forgotten first.
/// </summary>
public sealed class ReplyStore
{
    private readonly BoundedMap<string, BotReply> _replies = new(10_000);

    public string Add(BotReply reply)
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        _replies.GetOrAdd(id, reply);
        return id;
    }

    public BotReply? Find(string? id) => id is not null && _replies.TryGet(id, out var reply) ? reply : null;
}
