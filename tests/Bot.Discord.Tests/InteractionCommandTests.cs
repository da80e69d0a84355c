using System.Diagnostics;
using System.Text.Json.Nodes;
using Bot.Discord.Rendering;
using Bot.Engine.Feedback;
using Microsoft.Extensions.DependencyInjection;

using Bot.Slack.Tests;

namespace Bot.Discord.Tests;

public sealed class InteractionCommandTests
{
    [Fact]
    public async Task FastAsk_Command_AnswersInlineWithEmbedsAndNoMentions()
    {
        await using var host = await DiscordHost.StartAsync();

        var body = await RespondAsync(host, Interactions.Command("ask", ("question", "Who ordered the halt?")));

        Assert.Equal(4, body["type"]!.GetValue<int>());
        var data = body["data"]!;
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Contains("Hegseth", data["embeds"]![0]!["description"]!.GetValue<string>());
        Assert.NotEmpty(data["embeds"]![0]!["fields"]!.AsArray());
        Assert.Null(data["flags"]);
    }

    [Fact]
    public async Task PrivateOption_Command_AnswersWithTheEphemeralFlag()
    {
        await using var host = await DiscordHost.StartAsync();

        var body = await RespondAsync(host, Interactions.Command("ask", ("question", "Who ordered the halt?"), ("private", true)));

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task SlowAnswer_Command_DefersThenEditsTheOriginalOnce()
    {
        await using var host = await DiscordHost.StartAsync(wrapBot: inner => new SlowStoryBot(inner, TimeSpan.FromSeconds(3)));
        var clock = Stopwatch.StartNew();

        var body = await RespondAsync(host, Interactions.Command("ask", ("question", "Who ordered the halt?"), ("private", true)));
        var answeredIn = clock.Elapsed;

        Assert.True(answeredIn < TimeSpan.FromSeconds(2.9), $"{answeredIn}");
        Assert.Equal(5, body["type"]!.GetValue<int>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        var edits = await host.Api.WaitForAsync(c => c.Method == "PATCH" && c.Route == $"webhooks/{DiscordHost.ApplicationId}/interaction-token-abc/messages/@original", timeoutMs: 15_000);
        var edit = Assert.Single(edits);
        Assert.Contains("Hegseth", edit.Body);
        Assert.Empty(edit.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("", edit.Authorization);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("who")]
    [InlineData("why")]
    [InlineData("timeline")]
    [InlineData("sources")]
    public async Task EveryCommand_Command_Answers(string name)
    {
        await using var host = await DiscordHost.StartAsync();

        var body = await RespondAsync(host, Interactions.Command(name));

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.NotEmpty(body["data"]!["embeds"]!.AsArray());
    }

    [Fact]
    public async Task AskWithoutQuestion_Command_GetsEphemeralHelp()
    {
        await using var host = await DiscordHost.StartAsync();

        var body = await RespondAsync(host, Interactions.Command("ask"));

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("/ask", body["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task WhoAutocomplete_Partial_ReturnsActorChoices()
    {
        await using var host = await DiscordHost.StartAsync();

        var body = await RespondAsync(host, Interactions.Autocomplete("heg"));

        Assert.Equal(8, body["type"]!.GetValue<int>());
        var choices = body["data"]!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.Contains(choices, c => c!["value"]!.GetValue<string>().Contains("Hegseth", StringComparison.Ordinal));
        Assert.All(choices, c => Assert.InRange(c!["name"]!.GetValue<string>().Length, 1, 100));
    }

    [Fact]
    public async Task FeedbackButton_Click_IsRecordedAndAcknowledgedEphemerally()
    {
        await using var host = await DiscordHost.StartAsync();
        var answer = await RespondAsync(host, Interactions.Command("ask", ("question", "Who ordered the halt?")));
        var helpful = answer["data"]!["components"]![0]!["components"]!.AsArray().First(c => c!["custom_id"]!.GetValue<string>().StartsWith(DiscordReplyRenderer.HelpfulPrefix, StringComparison.Ordinal))!["custom_id"]!.GetValue<string>();

        var body = await RespondAsync(host, Interactions.Button(helpful));

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        var record = Assert.Single(host.Services.GetRequiredService<IFeedbackStore>().Recent);
        Assert.Equal("helpful", record.Verdict);
        Assert.Equal("discord", record.Platform);
        Assert.Equal("555", record.UserId);
        Assert.NotEmpty(record.Citations);
    }

    [Fact]
    public async Task SourcesButton_Click_ShowsTheQuotesEphemerally()
    {
        await using var host = await DiscordHost.StartAsync();
        var answer = await RespondAsync(host, Interactions.Command("ask", ("question", "Who ordered the halt?")));
        var sources = answer["data"]!["components"]![0]!["components"]!.AsArray().First(c => c!["custom_id"]!.GetValue<string>().StartsWith(DiscordReplyRenderer.SourcesPrefix, StringComparison.Ordinal))!["custom_id"]!.GetValue<string>();

        var body = await RespondAsync(host, Interactions.Button(sources));

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.NotEmpty(body["data"]!["embeds"]![0]!["fields"]!.AsArray());
    }

    [Theory]
    [InlineData("fb:helpful:forged-id")]
    [InlineData("something-else")]
    [InlineData("")]
    public async Task TamperedButton_Click_GetsAHarmlessReply(string customId)
    {
        await using var host = await DiscordHost.StartAsync();

        var body = await RespondAsync(host, Interactions.Button(customId));

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Empty(host.Services.GetRequiredService<IFeedbackStore>().Recent);
    }

    private static async Task<JsonNode> RespondAsync(DiscordHost host, string interaction)
    {
        var response = await host.SendAsync(interaction);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
