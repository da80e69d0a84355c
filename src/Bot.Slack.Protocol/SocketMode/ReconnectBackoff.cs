namespace Bot.Slack.Protocol.SocketMode;

/// <summary>
/// Capped exponential backoff with jitter: the n-th consecutive failure waits about
/// <c>initial × 2ⁿ</c> (between 80 % and 100 % of it), never more than the cap. <see cref="Reset"/> after a success.
/// </summary>
internal sealed class ReconnectBackoff
{
    private const double MinJitterFactor = 0.8;

    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private readonly Func<double> _random;
    private int _failures;

    public ReconnectBackoff(TimeSpan initial, TimeSpan max, Func<double>? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, initial);
        _initial = initial;
        _max = max;
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>The delay before the next attempt; each call counts one more consecutive failure.</summary>
    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures, 30);
        _failures++;
        var nominal = Math.Min(_initial.TotalMilliseconds * Math.Pow(2, exponent), _max.TotalMilliseconds);
        var factor = MinJitterFactor + ((1 - MinJitterFactor) * Math.Clamp(_random(), 0, 1));
        return TimeSpan.FromMilliseconds(nominal * factor);
    }

    /// <summary>Forgets past failures (after a connection said hello).</summary>
    public void Reset() => _failures = 0;
}
