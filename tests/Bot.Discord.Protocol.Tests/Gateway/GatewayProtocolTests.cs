using System.Text;
using Bot.Discord.Protocol.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Protocol.Tests.Gateway;

/// <summary>The pieces without a socket: sharding, close-code handling, URLs, payloads, the send limit.</summary>
public sealed class GatewayProtocolTests
{
    [Theory]
    [InlineData(197038439483310086UL, 1, 0)]
    [InlineData(197038439483310086UL, 2, 0)]
    [InlineData(197038439483310086UL, 3, 2)]
    [InlineData(197038439483310086UL, 16, 2)]
    [InlineData(41771983423143937UL, 16, 6)]
    [InlineData(81384788765712384UL, 3, 1)]
    public void ShardFor_FollowsDiscordsFormula(ulong guildId, int shardCount, int expected)
    {
        Assert.Equal(expected, Shards.ShardFor(guildId, shardCount));
        Assert.Equal((int)((guildId >> 22) % (ulong)shardCount), Shards.ShardFor(guildId, shardCount));
    }

    [Theory]
    [InlineData(4004, GatewayCloseAction.Stop)]
    [InlineData(4010, GatewayCloseAction.Stop)]
    [InlineData(4011, GatewayCloseAction.Stop)]
    [InlineData(4012, GatewayCloseAction.Stop)]
    [InlineData(4013, GatewayCloseAction.Stop)]
    [InlineData(4014, GatewayCloseAction.Stop)]
    [InlineData(4007, GatewayCloseAction.Identify)]
    [InlineData(4009, GatewayCloseAction.Identify)]
    [InlineData(4000, GatewayCloseAction.Resume)]
    [InlineData(4008, GatewayCloseAction.Resume)]
    [InlineData(1006, GatewayCloseAction.Resume)]
    [InlineData(null, GatewayCloseAction.Resume)]
    internal void CloseCode_DecidesTheNextConnection(int? code, GatewayCloseAction expected) =>
        Assert.Equal(expected, GatewayCloseCodes.ActionFor(code));

    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-b.discord.gg", "wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg/?v=9", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/resume", "ws://127.0.0.1:5000/resume?v=10&encoding=json")]
    public void ConnectionUrl_AsksForV10Json(string url, string expected) =>
        Assert.Equal(expected, GatewayUri.ForConnection(new Uri(url)).AbsoluteUri);

    [Fact]
    public void Heartbeat_CarriesSequenceOrNull()
    {
        Assert.Equal("""{"op":1,"d":null}""", Encoding.UTF8.GetString(GatewayCommands.Heartbeat(null)));
        Assert.Equal("""{"op":1,"d":251}""", Encoding.UTF8.GetString(GatewayCommands.Heartbeat(251)));
    }

    [Fact]
    public void Resume_CarriesTokenSessionAndSeq() =>
        Assert.Equal(
            """{"op":6,"d":{"token":"t","session_id":"abc","seq":1337}}""",
            Encoding.UTF8.GetString(GatewayCommands.Resume("t", "abc", 1337)));

    [Fact]
    public async Task SendLimiter_Holds_The116thEventInAMinute_ButNotHeartbeats()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < GatewaySendLimiter.DefaultLimit; i++)
        {
            Assert.True(limiter.WaitAsync(priority: false, CancellationToken.None).IsCompletedSuccessfully);
        }

        var held = limiter.WaitAsync(priority: false, CancellationToken.None);
        Assert.False(held.IsCompleted);
        Assert.True(limiter.WaitAsync(priority: true, CancellationToken.None).IsCompletedSuccessfully);

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(held.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await held.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
