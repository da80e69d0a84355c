using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Slack.Tests;

public sealed class CommandTests
{
    [Fact]
    public async Task AskCommand_Post_AnswersInlineEphemerallyWithAShareButton()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.SendCommandAsync(Form("/ask", "Who ordered the halt?", host.Api.ResponseUrl("r1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("Hegseth", body["text"]!.GetValue<string>());
        Assert.Contains("share_in_channel", body.ToJsonString());
    }

    [Fact]
    public async Task EmptyAsk_Post_GetsEphemeralUsageHelp()
    {
        await using var host = await SlackHost.StartAsync();

        var body = JsonNode.Parse(await (await host.SendCommandAsync(Form("/ask", "", host.Api.ResponseUrl("r2")))).Content.ReadAsStringAsync())!;

        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("/ask Who ordered the halt?", body["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/summary", "")]
    [InlineData("/who", "Hegseth")]
    [InlineData("/why", "")]
    [InlineData("/timeline", "")]
    [InlineData("/sources", "")]
    public async Task EveryCommand_Post_Answers(string command, string text)
    {
        await using var host = await SlackHost.StartAsync();

        var body = JsonNode.Parse(await (await host.SendCommandAsync(Form(command, text, host.Api.ResponseUrl("r3")))).Content.ReadAsStringAsync())!;

        Assert.False(string.IsNullOrWhiteSpace(body["text"]!.GetValue<string>()));
        Assert.NotEmpty(body["blocks"]!.AsArray());
    }

    [Fact]
    public async Task InChannelConfigured_Post_AnswersPublicly()
    {
        await using var host = await SlackHost.StartAsync(settings: new() { ["Slack:CommandResponseType"] = "in_channel" });

        var body = JsonNode.Parse(await (await host.SendCommandAsync(Form("/ask", "Who ordered the halt?", host.Api.ResponseUrl("r4")))).Content.ReadAsStringAsync())!;

        Assert.Equal("in_channel", body["response_type"]!.GetValue<string>());
        Assert.DoesNotContain("share_in_channel", body.ToJsonString());
    }

    [Fact]
    public async Task SlowAnswer_Post_AcksWorkingThenRepliesThroughResponseUrl()
    {
        await using var host = await SlackHost.StartAsync(answerDelay: TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();

        var ack = JsonNode.Parse(await (await host.SendCommandAsync(Form("/ask", "Who ordered the halt?", host.Api.ResponseUrl("r5")))).Content.ReadAsStringAsync())!;
        var acked = clock.Elapsed;

        Assert.True(acked < TimeSpan.FromSeconds(2.9), $"acked after {acked}");
        Assert.Contains("Working", ack["text"]!.GetValue<string>());
        var delayed = Assert.Single(await host.Api.WaitForAsync("response", timeoutMs: 15_000));
        Assert.Equal("/response/r5", delayed.Path);
        Assert.True(delayed.Json!["replace_original"]!.GetValue<bool>());
        Assert.Equal("ephemeral", delayed.Json["response_type"]!.GetValue<string>());
        Assert.Contains("Hegseth", delayed.Body);
    }

    [Fact]
    public async Task ResponseUrlRefused_Post_FallsBackToPostEphemeralWithoutRetrying()
    {
        await using var host = await SlackHost.StartAsync(answerDelay: TimeSpan.FromSeconds(2.5));
        host.Api.Script("response", context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });

        await host.SendCommandAsync(Form("/ask", "Who ordered the halt?", host.Api.ResponseUrl("r6")));

        var ephemeral = Assert.Single(await host.Api.WaitForAsync("chat.postEphemeral", timeoutMs: 15_000));
        Assert.Equal("U1", ephemeral.Json!["user"]!.GetValue<string>());
        Assert.Single(host.Api.CallsTo("response"));
    }

    [Fact]
    public async Task UnknownCommand_Post_GetsHelpNotAnError()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.SendCommandAsync(Form("/weather", "paris", host.Api.ResponseUrl("r7")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/ask", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormWithoutCommandFields_Post_Gets400()
    {
        await using var host = await SlackHost.StartAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await host.SendCommandAsync("text=hello")).StatusCode);
    }

    public static string Form(string command, string text, Uri responseUrl) =>
        $"token=legacy&team_id=T1&team_domain=example&channel_id=C1&channel_name=general&user_id=U1&user_name=ana&command={Uri.EscapeDataString(command)}" +
        $"&text={Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal)}&api_app_id=A1&is_enterprise_install=false&response_url={Uri.EscapeDataString(responseUrl.ToString())}&trigger_id=13345224609.738474920.8088930838d88f008e0";
}
