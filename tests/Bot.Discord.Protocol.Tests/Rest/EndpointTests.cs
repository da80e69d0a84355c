using System.Text.Json.Nodes;

namespace Bot.Discord.Protocol.Tests.Rest;

public sealed class EndpointTests
{
    [Fact]
    public async Task GlobalCommands_BulkOverwrite_SendsOnePutWithTheArray()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Ok("[]"));
        var client = stub.Client();

        await client.BulkOverwriteCommandsAsync("42", null, Commands(), default);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("applications/42/commands", request.Path);
        var body = Assert.IsType<JsonArray>(JsonNode.Parse(request.Body!));
        Assert.Equal(["ask", "map"], body.Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GuildCommands_BulkOverwrite_SendsOnePutToTheGuildUrl()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Ok("[]"));
        var client = stub.Client();

        await client.BulkOverwriteCommandsAsync("42", "7", Commands(), default);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("applications/42/guilds/7/commands", request.Path);
        Assert.Equal(2, Assert.IsType<JsonArray>(JsonNode.Parse(request.Body!)).Count);
    }

    [Fact]
    public async Task GatewayBot_Get_ReadsUrlShardsAndMaxConcurrency()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Ok("""
            {"url":"wss://gateway.discord.gg","shards":9,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":16}}
            """));
        var client = stub.Client();

        var gateway = await client.GetGatewayBotAsync(default);

        Assert.Equal(HttpMethod.Get, Assert.Single(stub.Requests).Method);
        Assert.Equal("gateway/bot", stub.Requests[0].Path);
        Assert.Equal("wss://gateway.discord.gg", gateway.Url);
        Assert.Equal(9, gateway.Shards);
        Assert.Equal(16, gateway.MaxConcurrency);
        Assert.Equal(999, gateway.SessionStartsRemaining);
        Assert.Equal(TimeSpan.FromHours(4), gateway.SessionStartsResetAfter);
    }

    [Fact]
    public async Task IdsAndTokens_Routes_AreEscaped()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Ok());
        var client = stub.Client();

        await client.CreateFollowupMessageAsync("42", "a/b?c", new JsonObject { ["content"] = "x" }, default);

        Assert.Equal("webhooks/42/a%2Fb%3Fc", Assert.Single(stub.Requests).Path);
    }

    private static JsonArray Commands() =>
    [
        new JsonObject { ["name"] = "ask", ["type"] = 1, ["description"] = "Ask the story" },
        new JsonObject { ["name"] = "map", ["type"] = 1, ["description"] = "Show the map" },
    ];
}
