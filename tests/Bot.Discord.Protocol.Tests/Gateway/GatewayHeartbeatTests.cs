using Bot.Discord.Protocol.Tests.Gateway.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Protocol.Tests.Gateway;

/// <summary>Heartbeat timing on a <see cref="FakeTimeProvider"/>: Hello's interval is 40 s, jitter 0.5.</summary>
public sealed class GatewayHeartbeatTests
{
    private const int IntervalMs = 40_000;
    private const int FirstBeatMs = (int)(IntervalMs * GatewayHarness.Jitter);

    [Fact]
    public async Task FirstHeartbeat_AfterIntervalTimesJitter_ThenEveryInterval_CarryingTheLastSequence()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, g => g.HeartbeatIntervalMs = IntervalMs);
        var connection = await harness.ReadyAsync();
        var sequence = await connection.SendDispatchAsync("MESSAGE_CREATE", new { content = "hi" });
        await Eventually.TrueAsync(() => harness.Client.Sequence == sequence, "the dispatch's s was not recorded");

        time.Advance(TimeSpan.FromMilliseconds(FirstBeatMs - 1));
        await Eventually.QuietPeriodAsync();
        Assert.Empty(connection.FramesWith(1));

        time.Advance(TimeSpan.FromMilliseconds(1));
        var first = await connection.WaitForFrameAsync(1);
        Assert.Equal(sequence, first.D.GetInt32());
        await Eventually.TrueAsync(() => harness.Client.HeartbeatAcknowledged == true, "the ACK was not taken");

        time.Advance(TimeSpan.FromMilliseconds(IntervalMs - 1));
        await Eventually.QuietPeriodAsync();
        Assert.Single(connection.FramesWith(1));

        time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await connection.WaitForFrameAsync(1, count: 2);
        Assert.Equal(sequence, second.D.GetInt32());
    }

    [Fact]
    public async Task Heartbeat_BeforeAnyDispatch_CarriesNull()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, g =>
        {
            g.HeartbeatIntervalMs = IntervalMs;
            g.ReadyOnIdentify = false;
        });
        var connection = await harness.Gateway.WaitForConnectionAsync(1);
        await connection.WaitForFrameAsync(2);

        time.Advance(TimeSpan.FromMilliseconds(FirstBeatMs));

        var beat = await connection.WaitForFrameAsync(1);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, beat.D.ValueKind);
    }

    [Fact]
    public async Task HeartbeatRequest_FromTheGateway_IsAnsweredAtOnce()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, g => g.HeartbeatIntervalMs = IntervalMs);
        var connection = await harness.ReadyAsync();

        await connection.SendOpAsync(1, null);

        var beat = await connection.WaitForFrameAsync(1);
        Assert.Equal(1, beat.D.GetInt32());
    }

    [Fact]
    public async Task MissingAck_WhenTheNextBeatIsDue_ClosesWithoutInvalidating_AndResumesOnTheResumeUrl()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, g =>
        {
            g.HeartbeatIntervalMs = IntervalMs;
            g.AckHeartbeats = false;
        });
        var first = await harness.ReadyAsync();
        var sequence = await first.SendDispatchAsync("MESSAGE_CREATE", new { content = "hi" });
        await Eventually.TrueAsync(() => harness.Client.Sequence == sequence, "the dispatch's s was not recorded");

        time.Advance(TimeSpan.FromMilliseconds(FirstBeatMs));
        await first.WaitForFrameAsync(1);
        time.Advance(TimeSpan.FromMilliseconds(IntervalMs));

        await first.Closed.WaitAsync(Eventually.Timeout);
        Assert.NotNull(first.ClientCloseStatus);
        Assert.NotEqual(1000, first.ClientCloseStatus);
        Assert.NotEqual(1001, first.ClientCloseStatus);
        await ReconnectAssert.ResumedAsync(harness, "session-1", sequence);
    }
}
