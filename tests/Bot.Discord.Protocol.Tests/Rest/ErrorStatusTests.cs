using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Discord.Protocol.Rest;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Protocol.Tests.Rest;

public sealed class ErrorStatusTests
{
    [Theory]
    [InlineData(401, 0, "401: Unauthorized")]
    [InlineData(403, 50013, "Missing Permissions")]
    public async Task Unauthorized_Call_IsNotRetriedAndCountsAsInvalid(int status, int code, string message)
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Error(status, code, message));
        var client = stub.Client();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync("1", Message(), default));

        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.ErrorMessage);
        Assert.Single(stub.Requests);
        Assert.Equal(1, client.InvalidRequests);
    }

    [Fact]
    public async Task NotFound_Call_IsNotRetriedNorCountedAsInvalid()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Error(404, 10062, "Unknown interaction"));
        var client = stub.Client();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateInteractionResponseAsync("9", "tok", new JsonObject { ["type"] = 5 }, default));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Equal(10062, error.Code);
        Assert.Single(stub.Requests);
        Assert.Equal(0, client.InvalidRequests);
    }

    [Fact]
    public async Task InvalidFormBody_Call_ThrowsWithCode50035AndTheFieldErrors()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Error(400, 50035, "Invalid Form Body", """{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}"""));
        var client = stub.Client();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync("1", Message(), default));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(50035, error.Code);
        Assert.Equal("Invalid Form Body", error.ErrorMessage);
        Assert.Contains("BASE_TYPE_MAX_LENGTH", error.Errors, StringComparison.Ordinal);
        Assert.Contains("50035", error.Message, StringComparison.Ordinal);
        Assert.Single(stub.Requests);
    }

    [Theory]
    [InlineData(40060, "Interaction has already been acknowledged")]
    [InlineData(50027, "Invalid Webhook Token")]
    [InlineData(160002, "Cannot reply without permission to read message history")]
    public async Task OtherClientErrors_Call_AreNotRetriedAndKeepDiscordsCode(int code, string message)
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.Error(400, code, message));
        var client = stub.Client();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.EditOriginalInteractionResponseAsync("42", "secret-token", Message(), default));

        Assert.Equal(code, error.Code);
        Assert.Single(stub.Requests);
        Assert.DoesNotContain("secret-token", error.Message, StringComparison.Ordinal);
        Assert.Equal("PATCH webhooks/42/{token}/messages/@original", error.Route);
    }

    [Fact]
    public async Task ServerErrors_Call_RetriesWithBackoffThenGivesUp()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, _ => Reply.Status(502));
        var client = stub.Client();

        var call = client.CreateMessageAsync("1", Message(), default);
        await FakeClock.RunUntilAsync(time, () => call.IsCompleted);
        var error = await Assert.ThrowsAsync<DiscordApiException>(() => call);

        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.Null(error.Code);
        Assert.Equal(3, stub.Requests.Count);
        Assert.InRange((stub.Requests[1].At - stub.Requests[0].At).TotalSeconds, 1, 1.2);
        Assert.InRange((stub.Requests[2].At - stub.Requests[1].At).TotalSeconds, 2, 2.2);
        Assert.Equal(0, client.InvalidRequests);
    }

    [Fact]
    public async Task ServerErrorThenSuccess_Call_ReturnsTheAnswer()
    {
        var time = new FakeTimeProvider();
        var stub = new StubDiscord(time, r => r.At == time.Start ? Reply.Status(500) : Reply.Ok("""{"id":"77"}"""));
        var client = stub.Client();

        var call = client.CreateMessageAsync("1", Message(), default);
        await FakeClock.RunUntilAsync(time, () => call.IsCompleted);

        Assert.Equal("77", (await call).GetProperty("id").GetString());
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task NoContent_Call_ReturnsAnUndefinedElement()
    {
        var stub = new StubDiscord(TimeProvider.System, _ => Reply.NoContent());
        var client = stub.Client();

        var answer = await client.CreateInteractionResponseAsync("9", "tok", new JsonObject { ["type"] = 5 }, default);

        Assert.Equal(JsonValueKind.Undefined, answer.ValueKind);
    }

    private static JsonObject Message() => new() { ["content"] = "hi" };
}
