using Bot.Core.Replies;
using Bot.Core.Text;

namespace Bot.Engine;

/// <summary>
/// Replies to identical requests (same corpus version, engine, command and normalised text), bounded in size; the
/// oldest entries go first. Hits and misses are counted for <c>/healthz</c>.
/// </summary>
public sealed class AnswerCache(int capacity)
{
    private readonly BoundedMap<string, BotReply> _entries = new(capacity);
    private long _hits;
    private long _misses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public int Count => _entries.Count;

    public bool Enabled => capacity > 0;

    public static string KeyFor(string corpusVersion, string engine, string command, string? argument) =>
        $"{corpusVersion}\n{engine}\n{command}\n{TextNormalizer.Key(argument ?? "")}";

    public bool TryGet(string key, out BotReply reply)
    {
        if (Enabled && _entries.TryGet(key, out reply!))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        Interlocked.Increment(ref _misses);
        reply = null!;
        return false;
    }

    public void Add(string key, BotReply reply)
    {
        if (Enabled)
        {
            _entries.GetOrAdd(key, reply);
        }
    }

    public void Clear() => _entries.Clear();
}
