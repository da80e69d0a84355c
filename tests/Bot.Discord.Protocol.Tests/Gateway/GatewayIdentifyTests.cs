using Bot.Discord.Protocol.Gateway;
using Bot.Discord.Protocol.Tests.Gateway.Fakes;

namespace Bot.Discord.Protocol.Tests.Gateway;

public sealed class GatewayIdentifyTests
{
    [Fact]
    public async Task Identify_ByDefault_SendsTokenIntents4609PropertiesAndShard0Of1_OnV10Json()
    {
        await using var harness = await GatewayHarness.StartAsync();

        var connection = await harness.Gateway.WaitForConnectionAsync(1);
        var identify = (await connection.WaitForFrameAsync(2)).D;

        Assert.Equal("/gateway?v=10&encoding=json", connection.PathAndQuery);
        Assert.Equal(GatewayHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal(4609, identify.GetProperty("intents").GetInt32());
        var properties = identify.GetProperty("properties");
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("browser").GetString()));
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("device").GetString()));
        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Identify_WithMessageContentAndShard1Of2_SendsThem()
    {
        await using var harness = await GatewayHarness.StartAsync(options: o =>
        {
            o.Intents = GatewayIntents.Default | GatewayIntents.MessageContent;
            o.ShardId = 1;
            o.ShardCount = 2;
        });

        var connection = await harness.Gateway.WaitForConnectionAsync(1);
        var identify = (await connection.WaitForFrameAsync(2)).D;

        Assert.Equal(4609 | 32768, identify.GetProperty("intents").GetInt32());
        Assert.Equal([1, 2], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Ready_StoresSessionAndSequence_AndMakesTheClientReady()
    {
        await using var harness = await GatewayHarness.StartAsync();

        await harness.ReadyAsync();

        Assert.Equal("session-1", harness.Client.SessionId);
        Assert.Equal(1, harness.Client.Sequence);
        Assert.True(harness.Client.IsReady);
        Assert.Equal("READY", (await harness.Handler.WaitForAsync("READY")).Name);
    }

    [Fact]
    public async Task Token_IsNeverLogged_ThroughIdentifyAndResume()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ReadyAsync();
        await first.SendOpAsync(7, null);
        await ReconnectAssert.ResumedAsync(harness, "session-1", 1);

        Assert.NotEmpty(harness.Logger.Entries);
        Assert.DoesNotContain(harness.Logger.Entries, e =>
            e.Message.Contains(GatewayHarness.Token, StringComparison.Ordinal)
            || (e.Exception?.ToString().Contains(GatewayHarness.Token, StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public void Options_WithoutToken_AreRejected() =>
        Assert.Throws<ArgumentException>(() => new GatewayClient(
            new GatewayOptions(), new RecordingHandler(), new RecordingLogger<GatewayClient>()));
}
