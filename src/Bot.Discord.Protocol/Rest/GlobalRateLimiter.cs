namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// The bot-wide limit: at most <c>perSecond</c> requests in any one-second window, kept locally so the global 429
/// is not hit, and a pause of every bot route after a global 429 for its <c>retry_after</c>.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int perSecond)
{
    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil;

    /// <summary>Waits until one more request may be sent, and counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                var wait = PausedFor(now);
                while (_sent.Count > 0 && now - _sent.Peek() >= s_window)
                {
                    _sent.Dequeue();
                }

                if (wait <= TimeSpan.Zero && _sent.Count >= Math.Max(1, perSecond))
                {
                    wait = _sent.Peek() + s_window - now;
                }

                if (wait <= TimeSpan.Zero)
                {
                    _sent.Enqueue(now);
                    return;
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>A global 429: no bot route may send until <paramref name="until"/>.</summary>
    public void Pause(DateTimeOffset until)
    {
        lock (_lock)
        {
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
        }
    }

    private TimeSpan PausedFor(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _pausedUntil - now;
        }
    }
}
