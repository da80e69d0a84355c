namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// One rate limit (a bucket hash for one top-level resource). Requests in it go one at a time, in order, so each
/// sees the headers of the one before; when the last response said <c>Remaining: 0</c>, the next waits for the reset.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public Task EnterAsync(CancellationToken cancellationToken) => _turn.WaitAsync(cancellationToken);

    public void Exit() => _turn.Release();

    /// <summary>How long a request must still wait before it may be sent; zero when it may go now.</summary>
    public TimeSpan WaitAt(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _remaining is 0 && _resetAt > now ? _resetAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>Takes in the headers of a response in this bucket.</summary>
    public void Update(int? remaining, TimeSpan? resetAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (remaining is not null)
            {
                _remaining = remaining;
            }

            if (resetAfter is not null)
            {
                _resetAt = now + resetAfter.Value;
            }
        }
    }

    /// <summary>A 429 on this bucket: nothing more goes until <paramref name="until"/>.</summary>
    public void Exhaust(DateTimeOffset until)
    {
        lock (_lock)
        {
            _remaining = 0;
            _resetAt = until > _resetAt ? until : _resetAt;
        }
    }
}
