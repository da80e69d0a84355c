using System.Text.Json;
using Bot.Discord.Protocol.Tests.Gateway.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests;

public sealed class GatewayEndToEndTests
{
    [Fact]
    public async Task BotTokenSet_Host_IdentifiesOverTheGatewayAndRepliesToAMention()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var host = await DiscordHost.StartAsync(settings: new()
        {
            ["Discord:BotToken"] = "e2e-bot-token",
            ["Discord:GatewayUrl"] = gateway.GatewayUrl.ToString(),
        });
        _ = host.Services; // start the host, and with it the gateway service

        var connection = await gateway.WaitForConnectionAsync(1);
        var identify = await connection.WaitForFrameAsync(2);
        var identity = host.Services.GetRequiredService<DiscordIdentity>();
        await Eventually.TrueAsync(() => identity.BotUserId == "1", "READY never reached the bot"); // READY follows Identify
        await connection.SendDispatchAsync("MESSAGE_CREATE", new
        {
            id = "7001",
            channel_id = "c42",
            guild_id = "42",
            content = "<@1> Who ordered the halt?",
            author = new { id = "555", username = "ana" },
            mentions = new[] { new { id = "1" } },
            channel_type = 0,
        });

        var reply = Assert.Single(await host.Api.WaitForAsync(c => c.Method == "POST" && c.Route == "channels/c42/messages"));
        Assert.Equal("7001", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Contains("Hegseth", reply.Body);
        Assert.Contains("e2e-bot-token", identify.Json);
        Assert.Equal(4609, JsonDocument.Parse(identify.Json).RootElement.GetProperty("d").GetProperty("intents").GetInt32());
    }
}
