using System.Globalization;
using Bot.Discord.Protocol.Tests.Gateway.Fakes;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Protocol.Tests.Gateway;

/// <summary>What follows op 7, op 9 and each kind of close: Resume on the resume URL, a new Identify, or a stop.</summary>
public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task Reconnect_Op7_ClosesWithoutInvalidating_AndResumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ReadyAsync();
        var sequence = await first.SendDispatchAsync("MESSAGE_CREATE", new { content = "hi" });
        await Eventually.TrueAsync(() => harness.Client.Sequence == sequence, "the dispatch's s was not recorded");

        await first.SendOpAsync(7, null);

        await first.Closed.WaitAsync(Eventually.Timeout);
        Assert.NotNull(first.ClientCloseStatus);
        Assert.NotEqual(1000, first.ClientCloseStatus);
        Assert.NotEqual(1001, first.ClientCloseStatus);
        await ReconnectAssert.ResumedAsync(harness, "session-1", sequence);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgainOnTheGatewayUrl()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ReadyAsync();

        await first.SendOpAsync(9, false);

        await ReconnectAssert.IdentifiedAgainAsync(harness);
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ReadyAsync();

        await first.SendOpAsync(9, true);

        await ReconnectAssert.ResumedAsync(harness, "session-1", 1);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4008)]
    public async Task ResumableCloseCode_Resumes(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ReadyAsync();
        var sequence = await first.SendDispatchAsync("MESSAGE_CREATE", new { content = "hi" });
        await Eventually.TrueAsync(() => harness.Client.Sequence == sequence, "the dispatch's s was not recorded");

        await first.CloseAsync(code);

        await ReconnectAssert.ResumedAsync(harness, "session-1", sequence);
    }

    [Fact]
    public async Task DroppedSocket_WithoutCloseCode_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ReadyAsync();

        first.Abort();

        await ReconnectAssert.ResumedAsync(harness, "session-1", 1);
    }

    [Fact]
    public async Task ResumeUrl_Unreachable_FallsBackToTheGatewayUrl_AndIdentifies()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.RefuseResumeConnections = true;
        var first = await harness.ReadyAsync();

        await first.SendOpAsync(7, null);

        await ReconnectAssert.IdentifiedAgainAsync(harness);
        Assert.Equal(
            ["/gateway", "/resume", "/gateway"],
            harness.ConnectedTo.Select(u => u.AbsolutePath));
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task NewSessionCloseCode_IdentifiesAgain(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ReadyAsync();

        await first.CloseAsync(code);

        await ReconnectAssert.IdentifiedAgainAsync(harness);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsForGood_WithTheErrorExposedAndLogged(int code)
    {
        await using var harness = await GatewayHarness.StartAsync(gateway: g => g.ReadyOnIdentify = false);
        var first = await harness.Gateway.WaitForConnectionAsync(1);
        await first.WaitForFrameAsync(2);

        await first.CloseAsync(code);

        await harness.Run.WaitAsync(Eventually.Timeout);
        var codeText = code.ToString(CultureInfo.InvariantCulture);
        Assert.Contains(codeText, harness.Client.FatalError);
        Assert.Contains(harness.Logger.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains(codeText, StringComparison.Ordinal));
        await Eventually.QuietPeriodAsync();
        Assert.Single(harness.Gateway.Connections);
        Assert.False(harness.Client.IsReady);
    }

    [Fact]
    public async Task Disposing_ClosesWith1000_AndStopsRunning()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ReadyAsync();

        await harness.Client.DisposeAsync();

        await harness.Run.WaitAsync(Eventually.Timeout);
        await first.Closed.WaitAsync(Eventually.Timeout);
        Assert.Equal(1000, first.ClientCloseStatus);
        Assert.Null(harness.Client.FatalError);
    }
}
