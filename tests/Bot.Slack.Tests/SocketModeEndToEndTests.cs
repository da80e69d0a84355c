using System.Text.Json.Nodes;

namespace Bot.Slack.Tests;

public sealed class SocketModeEndToEndTests
{
    [Fact]
    public async Task AppTokenSet_Host_ConnectsAndAnswersASlashCommandOnTheAck()
    {
        await using var host = await SlackHost.StartAsync(settings: new() { ["Slack:AppToken"] = "xapp-1-A1-test" }, beforeStart: fake =>
            fake.SocketEnvelopes.Enqueue(new JsonObject
            {
                ["envelope_id"] = "env-42",
                ["type"] = "slash_commands",
                ["accepts_response_payload"] = true,
                ["payload"] = new JsonObject { ["command"] = "/ask", ["text"] = "Who ordered the halt?", ["user_id"] = "U1", ["channel_id"] = "C1", ["response_url"] = "https://hooks.slack.com/x" },
            }.ToJsonString()));

        var open = Assert.Single(await host.Api.WaitForAsync("apps.connections.open"));
        Assert.Equal("Bearer xapp-1-A1-test", open.Authorization);
        string? ack = null;
        for (var i = 0; i < 500 && !host.Api.SocketAcks.TryPeek(out ack); i++)
        {
            await Task.Delay(20);
        }

        var body = JsonNode.Parse(ack!)!;
        Assert.Equal("env-42", body["envelope_id"]!.GetValue<string>());
        Assert.Contains("Hegseth", body["payload"]!["text"]!.GetValue<string>());
    }
}
