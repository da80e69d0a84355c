using System.Text.Json.Nodes;

namespace Bot.Discord.Protocol.Tests.Rest;

public sealed class RequestHeadersTests
{
    [Fact]
    public async Task BotRoute_Call_SendsUserAgentBotTokenAndJson()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Ok());
        var client = stub.Client();

        await client.CreateMessageAsync("123", new JsonObject { ["content"] = "hello" }, default);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("channels/123/messages", request.Path);
        Assert.StartsWith("DiscordBot (", request.UserAgent, StringComparison.Ordinal);
        Assert.Equal("DiscordBot (https://github.com/storybot, 1.0)", request.UserAgent);
        Assert.Equal("Bot x", request.Authorization);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("hello", JsonNode.Parse(request.Body!)!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task WebhookAndInteractionRoutes_Call_SendNoAuthorization()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Ok());
        var client = stub.Client();

        await client.EditOriginalInteractionResponseAsync("42", "tok", new JsonObject { ["content"] = "a" }, default);
        await client.CreateFollowupMessageAsync("42", "tok", new JsonObject { ["content"] = "b" }, default);
        await client.CreateInteractionResponseAsync("9", "tok", new JsonObject { ["type"] = 4 }, default);

        Assert.Equal(
            [(HttpMethod.Patch, "webhooks/42/tok/messages/@original"), (HttpMethod.Post, "webhooks/42/tok"), (HttpMethod.Post, "interactions/9/tok/callback")],
            stub.Requests.Select(r => (r.Method, r.Path)));
        Assert.All(stub.Requests, r =>
        {
            Assert.Null(r.Authorization);
            Assert.StartsWith("DiscordBot (", r.UserAgent, StringComparison.Ordinal);
            Assert.Equal("application/json", r.ContentType);
        });
    }

    [Fact]
    public async Task BodylessCall_Send_HasNoContentType()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Ok("""{"id":"1"}"""));
        var client = stub.Client();

        await client.SendAsync(HttpMethod.Get, "channels/1", null, default);

        var request = Assert.Single(stub.Requests);
        Assert.Null(request.ContentType);
        Assert.Equal("Bot x", request.Authorization);
    }

    [Fact]
    public async Task BaseUrlWithoutTrailingSlash_Call_StillLandsUnderTheVersion()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Ok());
        var client = stub.Client(o => o.BaseUrl = new Uri(StubDiscord.BaseUrl.TrimEnd('/')));

        await client.SendAsync(HttpMethod.Get, "/channels/1", null, default);

        Assert.Equal("channels/1", Assert.Single(stub.Requests).Path);
    }
}
