using System.Collections.Concurrent;

namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// Learns which bucket each route shape belongs to from <c>X-RateLimit-Bucket</c> (shapes that share a hash share
/// a limit) and keeps one <see cref="RateLimitBucket"/> per hash and top-level resource, so different channels,
/// guilds and webhooks never wait for each other. A shape not yet seen is its own bucket until Discord names it.
/// </summary>
internal sealed class RateLimitBuckets
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    public RateLimitBucket For(DiscordRoute route)
    {
        var bucket = _hashes.TryGetValue(route.RouteKey, out var hash) ? "hash " + hash : "route " + route.RouteKey;
        return _buckets.GetOrAdd($"{bucket} | {route.Resource}", static _ => new RateLimitBucket());
    }

    /// <summary>Records the bucket hash Discord gave for this route and returns that bucket.</summary>
    public RateLimitBucket Learn(DiscordRoute route, string hash)
    {
        _hashes[route.RouteKey] = hash;
        return For(route);
    }

    /// <summary>Waits for this route's turn in its bucket; the bucket returned must be exited afterwards.</summary>
    public async Task<RateLimitBucket> EnterAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var bucket = For(route);
            await bucket.EnterAsync(cancellationToken).ConfigureAwait(false);
            if (ReferenceEquals(bucket, For(route)))
            {
                return bucket;
            }

            // The route learned its hash while we queued: take our turn in the bucket it really belongs to.
            bucket.Exit();
        }
    }
}
