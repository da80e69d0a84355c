namespace Bot.Slack.Protocol.Tests.SocketMode;

public sealed class SocketModeConnectTests
{
    [Fact]
    public async Task OpeningAConnection_PostsWithTheAppTokenInTheAuthorizationHeader_AndNotInTheBody()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();

        await bed.RunConnectedAsync();

        var request = Assert.Single(bed.Server.OpenRequests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"Bearer {SocketModeTestBed.AppToken}", request.Authorization);
        Assert.DoesNotContain("xapp", request.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("token", request.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, bed.Client.ConnectionsOpened);
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("not_authed")]
    [InlineData("account_inactive")]
    [InlineData("user_removed_from_team")]
    [InlineData("team_disabled")]
    public async Task AnUnrecoverableOpenError_StopsForGood_WithoutAReconnectLoop(string error)
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        bed.Server.EnqueueOpenReplies(OpenReply.Error(error));

        bed.Run();

        await Eventually.CompletesAsync(bed.Running, "RunAsync to return by itself");
        Assert.Single(bed.Server.OpenRequests);
        Assert.Empty(bed.Server.Sockets);
        Assert.False(bed.Client.IsConnected);
        Assert.Equal(error, bed.Client.StopReason);
        Assert.Contains($"Error {typeof(Bot.Slack.Protocol.SocketMode.SocketModeClient).FullName}: Slack refused the app-level token ({error})",
            bed.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheClient_IsNotConnected_UntilSlackSaysHello()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        bed.Server.AutoHello = false;
        bed.Run();

        var socket = await bed.Server.NextSocketAsync();
        await socket.SendTextAsync("""{"type":"not_hello"}""");
        await socket.SendEnvelopeAsync("events_api", "env-before-hello");
        await socket.WaitForAckAsync("env-before-hello");

        Assert.False(bed.Client.IsConnected);
        Assert.Equal(0, bed.Client.ConnectionsOpened);

        await socket.SendHelloAsync();

        await Eventually.TrueAsync(() => bed.Client.IsConnected, "the client to be connected after hello");
        Assert.Equal(1, bed.Client.ConnectionsOpened);
        Assert.Single(bed.Server.OpenRequests);
    }

    [Fact]
    public async Task TheDefaultConnector_PingsAndTimesOutADeadPeer()
    {
        await using var bed = await SocketModeTestBed.CreateAsync();
        var url = new Uri(bed.Server.ApiBaseUrl.AbsoluteUri.Replace("http://", "ws://", StringComparison.Ordinal)
            .Replace("/api/", "/link/direct", StringComparison.Ordinal));

        using var socket = Assert.IsType<System.Net.WebSockets.ClientWebSocket>(
            await Bot.Slack.Protocol.SocketMode.SocketModeWebSocket.ConnectAsync(url, CancellationToken.None));

        Assert.True(socket.Options.KeepAliveInterval > TimeSpan.Zero);
        Assert.True(socket.Options.KeepAliveTimeout > TimeSpan.Zero);
        socket.Abort();
    }
}
