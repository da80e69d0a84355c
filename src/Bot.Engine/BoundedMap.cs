using System.Collections.Concurrent;

namespace Bot.Engine;

/// <summary>
/// A thread-safe map that keeps at most <c>capacity</c> entries, forgetting the oldest-added first: the memory
/// bound for caches of replies, conversations and rendered answers.
/// </summary>
public sealed class BoundedMap<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private readonly ConcurrentQueue<TKey> _order = new();

    public int Count => _entries.Count;

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Adds the entry unless the key is there already; returns the value the map now holds.</summary>
    public TValue GetOrAdd(TKey key, TValue value)
    {
        if (_entries.TryAdd(key, value))
        {
            Track(key);
            return value;
        }

        return _entries.TryGetValue(key, out var existing) ? existing : value;
    }

    public void Clear()
    {
        _entries.Clear();
        _order.Clear();
    }

    private void Track(TKey key)
    {
        _order.Enqueue(key);
        while (_entries.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _entries.TryRemove(oldest, out _);
        }
    }
}
