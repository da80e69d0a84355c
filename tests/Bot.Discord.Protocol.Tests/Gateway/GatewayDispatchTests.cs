using System.Text.Json;
using Bot.Discord.Protocol.Tests.Gateway.Fakes;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Protocol.Tests.Gateway;

public sealed class GatewayDispatchTests
{
    [Fact]
    public async Task Dispatch_ReachesTheHandler_WithNameAndData_AfterTheSequenceIsRecorded()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ReadyAsync();

        var sequence = await connection.SendDispatchAsync("MESSAGE_CREATE", new { id = "42", content = "hello there" });

        var handled = await harness.Handler.WaitForAsync("MESSAGE_CREATE");
        Assert.Equal("42", handled.Data.GetProperty("id").GetString());
        Assert.Equal("hello there", handled.Data.GetProperty("content").GetString());
        Assert.Equal(sequence, handled.SequenceAtCall);
    }

    [Fact]
    public async Task Dispatches_ReachTheHandler_InOrder()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ReadyAsync();

        for (var i = 0; i < 20; i++)
        {
            await connection.SendDispatchAsync("MESSAGE_CREATE", new { n = i });
        }

        await Eventually.TrueAsync(() => harness.Handler.Events.Count(e => e.Name == "MESSAGE_CREATE") == 20, "not every dispatch arrived");
        Assert.Equal(
            Enumerable.Range(0, 20),
            harness.Handler.Events.Where(e => e.Name == "MESSAGE_CREATE").Select(e => e.Data.GetProperty("n").GetInt32()));
    }

    [Fact]
    public async Task HandlerException_IsLogged_AndTheConnectionCarriesOn()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Handler.OnEvent = (name, _) => name == "BOOM" ? throw new InvalidOperationException("handler broke") : Task.CompletedTask;
        var connection = await harness.ReadyAsync();

        await connection.SendDispatchAsync("BOOM", new { });
        await connection.SendDispatchAsync("MESSAGE_CREATE", new { content = "after" });

        await harness.Handler.WaitForAsync("MESSAGE_CREATE");
        Assert.Contains(harness.Logger.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "handler broke");
        Assert.Single(harness.Gateway.Connections);
        Assert.True(harness.Client.IsReady);
    }

    [Fact]
    public async Task SlowHandler_DoesNotHoldUpHeartbeats()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = await GatewayHarness.StartAsync();
        harness.Handler.OnEvent = (name, _) => name == "SLOW" ? release.Task : Task.CompletedTask;
        var connection = await harness.ReadyAsync();

        var sequence = await connection.SendDispatchAsync("SLOW", new { });
        await harness.Handler.WaitForAsync("SLOW");
        await connection.SendOpAsync(1, null);

        var beat = await connection.WaitForFrameAsync(1);
        Assert.Equal(sequence, beat.D.GetInt32());
        await Eventually.TrueAsync(() => harness.Client.HeartbeatAcknowledged == true, "the ACK was not read while the handler was busy");
        release.SetResult();
    }

    [Fact]
    public async Task Payload_Over4096Bytes_IsRejectedLocally_AndNotSent()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ReadyAsync();
        var tooBig = JsonSerializer.SerializeToElement(new { since = (int?)null, activities = new[] { new { name = new string('x', 5000), type = 0 } }, status = "online", afk = false });
        var small = JsonSerializer.SerializeToElement(new { since = (int?)null, activities = new[] { new { name = "stories", type = 0 } }, status = "online", afk = false });

        var error = await Assert.ThrowsAsync<Bot.Discord.Protocol.Gateway.GatewayPayloadTooLargeException>(
            () => harness.Client.SendAsync(3, tooBig, CancellationToken.None));
        await harness.Client.SendAsync(3, small, CancellationToken.None);

        Assert.True(error.Size > 4096);
        var sent = await connection.WaitForFrameAsync(3);
        Assert.Equal("stories", sent.D.GetProperty("activities")[0].GetProperty("name").GetString());
        await Eventually.QuietPeriodAsync();
        Assert.Single(connection.FramesWith(3));
        Assert.True(harness.Client.IsReady);
    }
}
