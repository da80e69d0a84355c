using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Slack.Tests;

public sealed class EventTests
{
    [Fact]
    public async Task Mention_Event_IsAnsweredInItsThreadWithTheBotToken()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> Who ordered the halt?", ts: "1700000100.000100"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await host.Api.WaitForAsync("chat.postMessage"));
        Assert.Equal("Bearer " + SlackHost.BotToken, post.Authorization);
        Assert.Equal("C1", post.Json!["channel"]!.GetValue<string>());
        Assert.Equal("1700000100.000100", post.ThreadTs);
        Assert.Contains("Hegseth", post.Body);
        Assert.DoesNotContain("link_names", post.Body);
        Assert.DoesNotContain("\"parse\"", post.Body);
    }

    [Fact]
    public async Task MentionInsideAThread_Event_RepliesInThatThread()
    {
        await using var host = await SlackHost.StartAsync();

        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> Who ordered the halt?", ts: "1700000300.000300", threadTs: "1700000001.000001"));

        Assert.Equal("1700000001.000001", Assert.Single(await host.Api.WaitForAsync("chat.postMessage")).ThreadTs);
    }

    [Fact]
    public async Task DirectMessage_Event_IsAnswered()
    {
        await using var host = await SlackHost.StartAsync();

        await host.SendEventAsync(SlackEvent.DirectMessage("why was the halt ordered?"));

        var post = Assert.Single(await host.Api.WaitForAsync("chat.postMessage"));
        Assert.Equal("D1", post.Json!["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task OwnBotsEditsAndDeletions_Event_AreIgnored()
    {
        await using var host = await SlackHost.StartAsync();
        var ignored = new[]
        {
            SlackEvent.Callback(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["subtype"] = "bot_message", ["bot_id"] = "BOTHER", ["text"] = "who ordered it?", ["ts"] = "1.1", ["channel"] = "D1" }),
            SlackEvent.Callback(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = "UBOT1", ["text"] = "who ordered it?", ["ts"] = "1.2", ["channel"] = "D1" }),
            SlackEvent.Callback(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = "U9", ["bot_id"] = "BBOT1", ["text"] = "who ordered it?", ["ts"] = "1.3", ["channel"] = "D1" }),
            SlackEvent.Callback(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["subtype"] = "message_changed", ["message"] = new JsonObject { ["text"] = "who?" }, ["ts"] = "1.4", ["channel"] = "D1" }),
            SlackEvent.Callback(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["subtype"] = "message_deleted", ["ts"] = "1.5", ["channel"] = "D1" }),
            SlackEvent.Callback(new JsonObject { ["type"] = "message", ["channel_type"] = "channel", ["user"] = "U2", ["text"] = "who ordered it?", ["ts"] = "1.6", ["channel"] = "C1" }),
        };
        foreach (var e in ignored)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.SendEventAsync(e)).StatusCode);
        }

        await host.SendEventAsync(SlackEvent.DirectMessage("Who ordered the halt?", ts: "1.9")); // the sentinel

        var posts = await host.Api.WaitForAsync("chat.postMessage");
        await Task.Delay(300);
        Assert.Single(host.Api.CallsTo("chat.postMessage"));
        Assert.Single(posts);
    }

    [Fact]
    public async Task SameEventRetriedThreeTimes_Event_IsAnsweredOnceAndEveryDeliveryGets200()
    {
        await using var host = await SlackHost.StartAsync();
        var body = SlackEvent.Mention("<@UBOT1> Who ordered the halt?", eventId: "Ev0RETRY");
        var statuses = new List<HttpStatusCode>();
        for (var retry = 0; retry < 3; retry++)
        {
            var request = SlackHost.Signed("/slack/event", body, "application/json");
            if (retry > 0)
            {
                request.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            }

            statuses.Add((await host.Client.SendAsync(request)).StatusCode);
        }

        await host.Api.WaitForAsync("chat.postMessage");
        await Task.Delay(400);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Single(host.Api.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task MentionAndMessageForTheSameTs_Event_AreAnsweredOnce()
    {
        await using var host = await SlackHost.StartAsync();

        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> Who ordered the halt?", ts: "1700000400.000400"));
        await host.SendEventAsync(SlackEvent.Callback(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = "U123", ["text"] = "<@UBOT1> Who ordered the halt?", ["ts"] = "1700000400.000400", ["channel"] = "C1" }));

        await host.Api.WaitForAsync("chat.postMessage");
        await Task.Delay(400);
        Assert.Single(host.Api.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task SlowAnswer_Event_IsAcknowledgedWellWithinThreeSeconds()
    {
        await using var host = await SlackHost.StartAsync(answerDelay: TimeSpan.FromSeconds(4));
        var clock = Stopwatch.StartNew();

        var response = await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> Who ordered the halt?"));
        var acked = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(acked < TimeSpan.FromSeconds(1), $"acked after {acked}");
        Assert.Single(await host.Api.WaitForAsync("chat.postMessage", timeoutMs: 15_000));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task FollowUpInTheThread_Event_ResolvesAgainstTheEarlierQuestion()
    {
        await using var host = await SlackHost.StartAsync();

        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> Who is Mike Waltz?", ts: "1700000500.000500"));
        await host.Api.WaitForAsync("chat.postMessage");
        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> what did he say?", ts: "1700000501.000501", threadTs: "1700000500.000500"));

        var posts = await host.Api.WaitForAsync("chat.postMessage", 2);
        Assert.Contains("Waltz denied", posts[1].Body);
        Assert.Equal("1700000500.000500", posts[1].ThreadTs);
    }

    [Fact]
    public async Task BroadcastMentionsInTheQuestion_Event_NeverReachTheReply()
    {
        await using var host = await SlackHost.StartAsync();

        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> <!channel> <!here> <!everyone> <!subteam^S1> who ordered the halt? tell <@U999>"));

        var post = Assert.Single(await host.Api.WaitForAsync("chat.postMessage"));
        Assert.DoesNotMatch(@"<!channel>|<!here>|<!everyone>|<!subteam|<@U999>", post.Body);
    }

    [Fact]
    public async Task PostFailsWithOkFalse_Event_IsLoggedAndTheHostKeepsServing()
    {
        await using var host = await SlackHost.StartAsync();
        host.Api.ScriptError("chat.postMessage", "channel_not_found");

        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> Who ordered the halt?", ts: "1.100"));
        await host.Api.WaitForAsync("chat.postMessage");
        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> Who ordered the halt?", ts: "1.200"));

        var posts = await host.Api.WaitForAsync("chat.postMessage", 3);
        Assert.Contains(posts, p => p.ThreadTs == "1.200" && p.Body.Contains("Hegseth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StreamedAnswer_Event_IsPostedOnceThenEditedWithChatUpdate()
    {
        await using var host = await SlackHost.StartAsync(wrapBot: inner => new StreamingStoryBot(inner, TimeSpan.FromMilliseconds(1200)));

        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> Who ordered the halt?", ts: "1700000600.000600"));

        var updates = await host.Api.WaitForAsync("chat.update", 2, timeoutMs: 15_000);
        var post = Assert.Single(host.Api.CallsTo("chat.postMessage"));
        Assert.Contains("Partial", post.Text);
        Assert.Contains("&lt;!channel&gt;", post.Text);
        Assert.DoesNotContain("<!channel>", post.Body);
        Assert.All(updates, u => Assert.Equal("1700000000.000001", u.Json!["ts"]!.GetValue<string>()));
        Assert.Contains("Hegseth", updates[^1].Body);
    }

    [Fact]
    public async Task FollowUpInAThreadTheBotHasNotSeen_Event_ReadsTheThreadBack()
    {
        await using var host = await SlackHost.StartAsync();
        host.Api.Script("conversations.replies", context => context.Response.WriteAsync("""
            {"ok":true,"messages":[
              {"user":"U123","text":"<@UBOT1> Who is Mike Waltz?","ts":"1700000700.000700"},
              {"user":"UBOT1","bot_id":"BBOT1","text":"Mike Waltz is the National Security Adviser.","ts":"1700000701.000701"},
              {"user":"U123","text":"<@UBOT1> what did he say?","ts":"1700000702.000702"}]}
            """));

        await host.SendEventAsync(SlackEvent.Mention("<@UBOT1> what did he say?", ts: "1700000702.000702", threadTs: "1700000700.000700"));

        var post = Assert.Single(await host.Api.WaitForAsync("chat.postMessage"));
        Assert.Single(host.Api.CallsTo("conversations.replies"));
        Assert.Contains("Waltz denied", post.Body);
    }
}
