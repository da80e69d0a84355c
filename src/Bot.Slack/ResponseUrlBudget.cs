using System.Collections.Concurrent;

namespace Bot.Slack;

/// <summary>
/// Slack accepts at most five posts to a <c>response_url</c> within 30 minutes of the command. This counts them,
/// so the bot switches to <c>chat.postEphemeral</c> instead of posting into a used-up URL.
/// </summary>
public sealed class ResponseUrlBudget(TimeProvider time)
{
    public const int MaxUses = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<Uri, (int Uses, DateTimeOffset First)> _uses = new();

    /// <summary>Takes one use of the URL; false when it has none left.</summary>
    public bool TryUse(Uri url)
    {
        var now = time.GetUtcNow();
        // Forget URLs long past their lifetime (kept a while, so an expired one is still refused, not taken as new).
        foreach (var expired in _uses.Where(p => now - p.Value.First > 4 * Lifetime).Select(p => p.Key).ToArray())
        {
            _uses.TryRemove(expired, out _);
        }

        var entry = _uses.AddOrUpdate(url, _ => (1, now), (_, e) => (e.Uses + 1, e.First));
        return entry.Uses <= MaxUses && now - entry.First <= Lifetime;
    }

    /// <summary>Marks a URL that Slack refused as used up.</summary>
    public void Exhaust(Uri url) => _uses[url] = (MaxUses + 1, time.GetUtcNow());
}
