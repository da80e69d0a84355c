namespace Bot.Slack.Protocol.Tests.SocketMode;

public sealed class SocketModeReconnectTests
{
    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    public async Task ADisconnectRequest_OpensANewSocketFirst_AndTheOldOneKeepsAckingUntilThenItCloses(string reason)
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        var old = await bed.RunConnectedAsync();
        bed.Server.AutoHello = false;

        await old.SendDisconnectAsync(reason);
        var replacement = await bed.Server.NextSocketAsync();

        // Overlap: the new socket has not said hello yet; the old one still delivers and acks.
        Assert.Equal(2, bed.Server.OpenRequests.Count);
        await old.SendEnvelopeAsync("events_api", "env-during-overlap");
        await old.WaitForAckAsync("env-during-overlap");
        Assert.False(old.ClosedByClient.IsCompleted);
        Assert.True(bed.Client.IsConnected);

        await replacement.SendHelloAsync();
        await Eventually.CompletesAsync(old.ClosedByClient, "the client to close the old socket");
        await replacement.SendEnvelopeAsync("events_api", "env-after");
        await replacement.WaitForAckAsync("env-after");

        Assert.Equal(2, bed.Client.ConnectionsOpened);
        Assert.True(bed.Client.IsConnected);
        Assert.Null(replacement.FindAck("env-during-overlap"));
        Assert.Null(old.FindAck("env-after"));
        Assert.Equal(2, bed.Server.OpenRequests.Count);
    }

    [Fact]
    public async Task TooManyWebsockets_ClosesTheSocketBeforeOpeningAnother()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        var first = await bed.RunConnectedAsync();

        await first.SendDisconnectAsync("too_many_websockets");
        await bed.Server.NextSocketAsync();
        await Eventually.TrueAsync(() => bed.Client.ConnectionsOpened == 2 && bed.Client.IsConnected, "the second connection");

        var timeline = bed.Server.Timeline.ToList();
        Assert.True(timeline.IndexOf("client-closed 1") is >= 0 and var closed && closed < timeline.IndexOf("open 2"),
            string.Join(", ", timeline));
        Assert.True(bed.Client.IsConnected);
    }

    [Fact]
    public async Task LinkDisabled_StopsTheClientForGood()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        var socket = await bed.RunConnectedAsync();

        await socket.SendDisconnectAsync("link_disabled");

        await Eventually.CompletesAsync(bed.Running, "RunAsync to return by itself");
        await Eventually.CompletesAsync(socket.ClosedByClient, "the client to close its socket");
        Assert.Equal("link_disabled", bed.Client.StopReason);
        Assert.False(bed.Client.IsConnected);
        Assert.Single(bed.Server.OpenRequests);
        Assert.Contains("link_disabled", bed.Logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheServerDroppingTheSocket_LeadsToAReconnect(bool abortWithoutCloseFrame)
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        var first = await bed.RunConnectedAsync();

        if (abortWithoutCloseFrame)
        {
            first.Abort();
        }
        else
        {
            await first.CloseAsync();
        }

        var second = await bed.Server.NextSocketAsync();
        await Eventually.TrueAsync(() => bed.Client.ConnectionsOpened == 2 && bed.Client.IsConnected, "the second connection");
        await second.SendEnvelopeAsync("events_api", "env-after-reconnect");
        await second.WaitForAckAsync("env-after-reconnect");

        Assert.Equal(2, bed.Server.OpenRequests.Count);
        Assert.Contains("reconnecting", bed.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageAndBinaryFrames_AreIgnored_AndTheConnectionCarriesOn()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        var socket = await bed.RunConnectedAsync();

        await socket.SendTextAsync("this is not JSON {");
        await socket.SendTextAsync("[1,2,3]");
        await socket.SendTextAsync("\"just a string\"");
        await socket.SendTextAsync("""{"type":"mystery_frame"}""");
        await socket.SendTextAsync("""{"type":"events_api","payload":{}}""");
        await socket.SendTextAsync("""{"envelope_id":"no-type"}""");
        await socket.SendBinaryAsync([0x00, 0xFF, 0x7B, 0x22]);
        await socket.SendEnvelopeAsync("events_api", "env-after-garbage");
        await socket.WaitForAckAsync("env-after-garbage");

        var ack = Assert.Single(socket.Received);
        Assert.Equal("env-after-garbage", ack["envelope_id"]!.GetValue<string>());
        Assert.Single(bed.Handler.Seen);
        Assert.True(bed.Client.IsConnected);
        Assert.Equal(1, bed.Client.ConnectionsOpened);
        Assert.Single(bed.Server.OpenRequests);
        Assert.Contains("ignored a binary frame", bed.Logs.All, StringComparison.Ordinal);
        Assert.Contains("ignored a frame (not JSON)", bed.Logs.All, StringComparison.Ordinal);
    }
}
