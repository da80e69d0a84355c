using System.Net;
using System.Text.Json.Nodes;
using Bot.Engine.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests;

public sealed class ActionTests
{
    [Theory]
    [InlineData(SlackActions.Helpful, "helpful")]
    [InlineData(SlackActions.NotHelpful, "not_helpful")]
    public async Task FeedbackButton_Action_IsRecordedWithTheQuestionAnswerAndCitations(string actionId, string verdict)
    {
        await using var host = await SlackHost.StartAsync();
        var replyId = await AnswerAsync(host);

        var response = await host.SendActionAsync(Payload(actionId, replyId, host.Api.ResponseUrl("a1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Api.WaitForAsync("response");
        var record = Assert.Single(host.Feedback.Recent);
        Assert.Equal(verdict, record.Verdict);
        Assert.Equal("Who ordered the halt?", record.Question);
        Assert.Contains("Hegseth", record.Answer);
        Assert.NotEmpty(record.Citations);
        Assert.Equal("U7", record.UserId);
    }

    [Fact]
    public async Task ShowSources_Action_RepliesEphemerallyWithTheQuotes()
    {
        await using var host = await SlackHost.StartAsync();
        var replyId = await AnswerAsync(host);
        var reply = host.Services.GetRequiredService<ReplyStore>().Find(replyId)!;

        await host.SendActionAsync(Payload(SlackActions.ShowSources, replyId, host.Api.ResponseUrl("a2")));

        var response = Assert.Single(await host.Api.WaitForAsync("response"));
        Assert.Equal("ephemeral", response.Json!["response_type"]!.GetValue<string>());
        Assert.Contains(reply.Citations[0].Quote[..40], response.Body);
    }

    [Fact]
    public async Task Share_Action_PostsInChannelThenDeletesTheEphemeral()
    {
        await using var host = await SlackHost.StartAsync();
        var replyId = await AnswerAsync(host);

        await host.SendActionAsync(Payload(SlackActions.Share, replyId, host.Api.ResponseUrl("a3")));

        var responses = await host.Api.WaitForAsync("response", 2);
        Assert.Equal("in_channel", responses[0].Json!["response_type"]!.GetValue<string>());
        Assert.True(responses[^1].Json!["delete_original"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ForgottenReply_Action_SaysToAskAgain()
    {
        await using var host = await SlackHost.StartAsync();

        await host.SendActionAsync(Payload(SlackActions.Helpful, "no-such-reply", host.Api.ResponseUrl("a4")));

        Assert.Contains("no longer available", Assert.Single(await host.Api.WaitForAsync("response")).Body);
        Assert.Empty(host.Feedback.Recent);
    }

    [Fact]
    public async Task MalformedPayload_Action_Gets400()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.Client.SendAsync(SlackHost.Signed("/slack/action", "payload=%7Bnot-json", "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> AnswerAsync(SlackHost host)
    {
        var body = JsonNode.Parse(await (await host.SendCommandAsync(CommandTests.Form("/ask", "Who ordered the halt?", host.Api.ResponseUrl("cmd")))).Content.ReadAsStringAsync())!;
        var value = body["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => b["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .First(e => e["action_id"]?.GetValue<string>() == SlackActions.Helpful)["value"]!.GetValue<string>();
        return value;
    }

    private static string Payload(string actionId, string value, Uri responseUrl) => new JsonObject
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "U7", ["username"] = "ana" },
        ["api_app_id"] = "A1",
        ["team"] = new JsonObject { ["id"] = "T1" },
        ["channel"] = new JsonObject { ["id"] = "C1" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1.1", ["is_ephemeral"] = true },
        ["response_url"] = responseUrl.ToString(),
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "b1", ["value"] = value }),
    }.ToJsonString();
}
