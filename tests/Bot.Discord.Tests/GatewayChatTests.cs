using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Discord.Chat;
using Bot.Discord.Tests.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests;

public sealed class GatewayChatTests
{
    private const string BotId = "999000999000999000";

    [Fact]
    public async Task MentionInAServer_MessageCreate_IsAnsweredAsAReplyThatPingsNoOne()
    {
        await using var host = await StartAsync();
        var chat = await ReadyAsync(host);

        await chat.HandleAsync("MESSAGE_CREATE", Message("m1", $"<@{BotId}> Who ordered the halt?", guild: "42", mentionsBot: true), default);

        var post = Assert.Single(await host.Api.WaitForAsync(IsPost("c1")));
        Assert.Equal("m1", post.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.False(post.Json["message_reference"]!["fail_if_not_exists"]!.GetValue<bool>());
        Assert.Empty(post.Json["allowed_mentions"]!["parse"]!.AsArray());
        Assert.False(post.Json["allowed_mentions"]!["replied_user"]!.GetValue<bool>());
        Assert.Contains("Hegseth", post.Body);
        Assert.Equal("Bot test-bot-token", post.Authorization);
        Assert.StartsWith("DiscordBot (", post.UserAgent);
    }

    [Fact]
    public async Task DirectMessage_MessageCreate_IsAnswered()
    {
        await using var host = await StartAsync();
        var chat = await ReadyAsync(host);

        await chat.HandleAsync("MESSAGE_CREATE", Message("m2", "why was the halt ordered?", guild: null, mentionsBot: false, channel: "dm1"), default);

        Assert.Single(await host.Api.WaitForAsync(IsPost("dm1")));
    }

    [Fact]
    public async Task BotsWebhooksSelfAndUnmentionedServerMessages_MessageCreate_AreIgnored()
    {
        await using var host = await StartAsync();
        var chat = await ReadyAsync(host);

        await chat.HandleAsync("MESSAGE_CREATE", Message("i1", $"<@{BotId}> who?", guild: "42", mentionsBot: true, authorBot: true), default);
        await chat.HandleAsync("MESSAGE_CREATE", Message("i2", $"<@{BotId}> who?", guild: "42", mentionsBot: true, webhook: true), default);
        await chat.HandleAsync("MESSAGE_CREATE", Message("i3", $"<@{BotId}> who?", guild: "42", mentionsBot: true, author: BotId), default);
        await chat.HandleAsync("MESSAGE_CREATE", Message("i4", "who ordered the halt?", guild: "42", mentionsBot: false), default);
        await chat.HandleAsync("MESSAGE_CREATE", Message("ok", $"<@{BotId}> Who ordered the halt?", guild: "42", mentionsBot: true, channel: "sentinel"), default);

        await host.Api.WaitForAsync(IsPost("sentinel"));
        await Task.Delay(300);
        Assert.Single(host.Api.Calls, c => c.Method == "POST" && c.Route.EndsWith("/messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageInAThread_MessageCreate_RepliesInThatThread()
    {
        await using var host = await StartAsync();
        var chat = await ReadyAsync(host);

        await chat.HandleAsync("MESSAGE_CREATE", Message("t1", $"<@{BotId}> Who ordered the halt?", guild: "42", mentionsBot: true, channel: "thread7", channelType: 11), default);

        Assert.Single(await host.Api.WaitForAsync(IsPost("thread7")));
    }

    [Fact]
    public async Task EventReplayedAfterResume_MessageCreate_IsAnsweredOnce()
    {
        await using var host = await StartAsync();
        var chat = await ReadyAsync(host);
        var message = Message("r1", $"<@{BotId}> Who ordered the halt?", guild: "42", mentionsBot: true, channel: "c9");

        await chat.HandleAsync("MESSAGE_CREATE", message, default);
        await chat.HandleAsync("MESSAGE_CREATE", message, default);

        await host.Api.WaitForAsync(IsPost("c9"));
        await Task.Delay(300);
        Assert.Single(host.Api.Calls, c => IsPost("c9")(c));
    }

    [Fact]
    public async Task ReplyToTheBotsAnswer_MessageCreate_IsAFollowUpInTheSameConversation()
    {
        await using var host = await StartAsync();
        var chat = await ReadyAsync(host);
        await chat.HandleAsync("MESSAGE_CREATE", Message("f1", $"<@{BotId}> Who is Mike Waltz?", guild: "42", mentionsBot: true, channel: "c5"), default);
        await host.Api.WaitForAsync(IsPost("c5"));
        await Task.Delay(200);
        var botMessageId = "1001"; // the stand-in numbers created messages from 1001

        await chat.HandleAsync("MESSAGE_CREATE", Message("f2", $"<@{BotId}> what did he say?", guild: "42", mentionsBot: true, channel: "c5", replyTo: botMessageId), default);

        var posts = await host.Api.WaitForAsync(IsPost("c5"), 2);
        Assert.Contains("Waltz denied", posts[1].Body);
    }

    [Fact]
    public async Task StreamedAnswer_MessageCreate_IsPostedThenEditedInPlace()
    {
        await using var host = await DiscordHost.StartAsync(
            wrapBot: inner => new Bot.Slack.Tests.StreamingStoryBot(inner, TimeSpan.FromMilliseconds(1200)),
            settings: new() { ["Discord:BotToken"] = "test-bot-token", ["Discord:GatewayUrl"] = "ws://127.0.0.1:9" });
        var chat = await ReadyAsync(host);

        await chat.HandleAsync("MESSAGE_CREATE", Message("s1", $"<@{BotId}> Who ordered the halt?", guild: "42", mentionsBot: true, channel: "c7"), default);

        var edits = await host.Api.WaitForAsync(c => c.Method == "PATCH" && c.Route.StartsWith("channels/c7/messages/", StringComparison.Ordinal), 2, timeoutMs: 15_000);
        var post = Assert.Single(host.Api.Calls, c => IsPost("c7")(c));
        Assert.Contains("Partial", post.Body);
        Assert.Empty(post.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.All(edits, e => Assert.Equal("channels/c7/messages/1001", e.Route)); // the id the stand-in gave the first post
        Assert.Contains("Hegseth", edits[^1].Body);
        Assert.All(edits, e => Assert.Empty(e.Json!["allowed_mentions"]!["parse"]!.AsArray()));
    }

    private static Func<DiscordCall, bool> IsPost(string channel) => c => c.Method == "POST" && c.Route == $"channels/{channel}/messages";

    private static Task<DiscordHost> StartAsync() => DiscordHost.StartAsync(settings: new()
    {
        ["Discord:BotToken"] = "test-bot-token",
        ["Discord:GatewayUrl"] = "ws://127.0.0.1:9",
    });

    private static async Task<DiscordChat> ReadyAsync(DiscordHost host)
    {
        var chat = host.Services.GetRequiredService<DiscordChat>();
        await chat.HandleAsync("READY", JsonDocument.Parse($$"""{"v":10,"user":{"id":"{{BotId}}","username":"storybot","bot":true},"session_id":"s","resume_gateway_url":"wss://x"}""").RootElement, default);
        return chat;
    }

    private static JsonElement Message(string id, string content, string? guild, bool mentionsBot, string channel = "c1", bool authorBot = false, bool webhook = false, string author = "555", int channelType = 0, string? replyTo = null)
    {
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channel,
            ["content"] = content,
            ["author"] = new JsonObject { ["id"] = author, ["username"] = "ana", ["bot"] = authorBot },
            ["mentions"] = mentionsBot ? new JsonArray(new JsonObject { ["id"] = BotId }) : new JsonArray(),
            ["channel_type"] = guild is null ? 1 : channelType,
        };
        if (guild is not null)
        {
            message["guild_id"] = guild;
        }

        if (webhook)
        {
            message["webhook_id"] = "777";
        }

        if (replyTo is not null)
        {
            message["message_reference"] = new JsonObject { ["message_id"] = replyTo, ["channel_id"] = channel };
        }

        return JsonDocument.Parse(message.ToJsonString()).RootElement;
    }
}
