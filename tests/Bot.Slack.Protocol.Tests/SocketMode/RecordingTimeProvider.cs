using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>A <see cref="FakeTimeProvider"/> that also records the due time of every timer asked of it (every wait).</summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly FakeTimeProvider _fake = new();
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    public IReadOnlyList<TimeSpan> DueTimes => [.. _dueTimes];

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Enqueue(dueTime);
        return _fake.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Moves fake time forward in small steps (letting real work run between them) until the condition holds.</summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, string what)
    {
        var step = TimeSpan.FromMilliseconds(100);
        var realClock = Stopwatch.StartNew();
        while (!condition())
        {
            if (realClock.Elapsed > Eventually.DefaultTimeout)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            _fake.Advance(step);
            await Task.Delay(25);
        }
    }
}
