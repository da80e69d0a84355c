using System.Collections.Concurrent;

namespace Bot.Engine;

/// <summary>
/// Ids seen recently (event ids, message ids), so a platform's retries and replays, and one message arriving as two
/// events, are answered once. Entries expire after an hour; the set is bounded.
/// </summary>
public sealed class RecentIdSet(TimeProvider time)
{
    private static readonly TimeSpan s_keep = TimeSpan.FromHours(1);
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time an id is seen; false for a repeat.</summary>
    public bool FirstTime(string id)
    {
        var now = time.GetUtcNow();
        if (_seen.TryGetValue(id, out var at) && now - at < s_keep)
        {
            return false;
        }

        if (!_seen.TryAdd(id, now) && !_seen.TryUpdate(id, now, at))
        {
            return false;
        }

        if (_seen.Count > Capacity)
        {
            foreach (var old in _seen.Where(p => now - p.Value >= s_keep).Select(p => p.Key).ToArray())
            {
                _seen.TryRemove(old, out _);
            }
        }

        return true;
    }
}
