using Bot.Slack.Protocol.SocketMode;

namespace Bot.Slack.Protocol.Tests.SocketMode;

public sealed class SocketModeServiceTests
{
    [Fact]
    public async Task TheService_RunsTheClient_AndClosesTheSocketWhenTheHostStops()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        using var service = new SocketModeService(bed.Client, bed.Logs.CreateLogger<SocketModeService>());

        await service.StartAsync(CancellationToken.None);
        var socket = await bed.Server.NextSocketAsync();
        await Eventually.TrueAsync(() => bed.Client.IsConnected, "the client to be connected");
        await service.StopAsync(CancellationToken.None);

        await Eventually.CompletesAsync(socket.ClosedByClient, "the socket to be closed by the client");
        Assert.False(bed.Client.IsConnected);
        Assert.Contains("Slack Socket Mode service starting", bed.Logs.All, StringComparison.Ordinal);
        Assert.Contains("Slack Socket Mode service stopped", bed.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheService_SaysSoWhenTheClientStopsForGood()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        bed.Server.EnqueueOpenReplies(OpenReply.Error("invalid_auth"));
        using var service = new SocketModeService(bed.Client, bed.Logs.CreateLogger<SocketModeService>());

        await service.StartAsync(CancellationToken.None);
        await Eventually.CompletesAsync(service.ExecuteTask!, "the service to finish");

        Assert.Contains("stopped for good (invalid_auth)", bed.Logs.All, StringComparison.Ordinal);
        Assert.Single(bed.Server.OpenRequests);
        await service.StopAsync(CancellationToken.None);
    }
}
