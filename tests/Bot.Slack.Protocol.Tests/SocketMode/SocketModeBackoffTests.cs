namespace Bot.Slack.Protocol.Tests.SocketMode;

public sealed class SocketModeBackoffTests
{
    private static readonly TimeSpan[] BackoffSteps =
        [TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1.8), TimeSpan.FromSeconds(3.6)];

    [Fact]
    public async Task FailedOpenCalls_AreRetriedWithGrowingBackoff_WhichResetsAfterHello()
    {
        var clock = new RecordingTimeProvider();
        await using var bed = await SocketModeTestBed.CreateAsync(clock, o =>
        {
            o.InitialBackoff = TimeSpan.FromSeconds(1);
            o.MaxBackoff = TimeSpan.FromSeconds(60);
        }, random: () => 0.5);
        bed.Server.Clock = clock.GetUtcNow;
        bed.Server.EnqueueOpenReplies(OpenReply.Status(500), OpenReply.Error("internal_error"));

        bed.Run();
        await clock.AdvanceUntilAsync(() => bed.Client.IsConnected, "a connection after two failed open calls");
        var first = bed.Server.Sockets.Single();
        first.Abort();
        await clock.AdvanceUntilAsync(() => bed.Client.ConnectionsOpened == 2 && bed.Client.IsConnected, "the reconnect");

        // 1 s, then 2 s (jitter fixed at 90 %), then back to 1 s after the hello.
        Assert.Equal([BackoffSteps[0], BackoffSteps[1], BackoffSteps[0]], clock.DueTimes.Where(BackoffSteps.Contains));
        var at = bed.Server.OpenRequests.Select(r => r.At).ToList();
        Assert.Equal(4, at.Count);
        Assert.True(at[1] - at[0] >= BackoffSteps[0], $"{at[1] - at[0]}");
        Assert.True(at[2] - at[1] >= BackoffSteps[1], $"{at[2] - at[1]}");
        Assert.True(at[3] - at[2] >= BackoffSteps[0], $"{at[3] - at[2]}");
    }

    [Fact]
    public async Task ARateLimitedOpenCall_WaitsAtLeastRetryAfter()
    {
        var clock = new RecordingTimeProvider();
        await using var bed = await SocketModeTestBed.CreateAsync(clock, o =>
        {
            o.InitialBackoff = TimeSpan.FromSeconds(1);
            o.MaxBackoff = TimeSpan.FromSeconds(60);
        }, random: () => 0.5);
        bed.Server.Clock = clock.GetUtcNow;
        bed.Server.EnqueueOpenReplies(OpenReply.RateLimited(retryAfterSeconds: 7));

        bed.Run();
        await clock.AdvanceUntilAsync(() => bed.Client.IsConnected, "a connection after the rate limit");

        var at = bed.Server.OpenRequests.Select(r => r.At).ToList();
        Assert.Equal(2, at.Count);
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(7), $"{at[1] - at[0]}");
        Assert.Contains(TimeSpan.FromSeconds(7), clock.DueTimes);
        Assert.Contains("ratelimited", bed.Logs.All, StringComparison.Ordinal);
    }
}
