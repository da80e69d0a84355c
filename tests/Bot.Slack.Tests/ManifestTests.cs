using System.Text.Json.Nodes;
using Bot.Core.Replies;

namespace Bot.Slack.Tests;

public sealed class ManifestTests
{
    [Fact]
    public void SocketModeManifest_Build_HasEveryCommandAndNoUrls()
    {
        var manifest = SlackManifest.Build();

        Assert.True(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.DoesNotContain("request_url", manifest.ToJsonString());
        Assert.DoesNotContain("\"url\"", manifest.ToJsonString());
        Assert.Equal(ReplyCommands.All.Select(c => "/" + c), Commands(manifest).Select(c => c["command"]!.GetValue<string>()));
    }

    [Fact]
    public void HttpManifest_Build_PointsEveryRouteAtTheHost()
    {
        var manifest = SlackManifest.Build(new Uri("https://bot.example.com"));

        Assert.False(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.Equal("https://bot.example.com/slack/event", manifest["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>());
        Assert.Equal("https://bot.example.com/slack/action", manifest["settings"]!["interactivity"]!["request_url"]!.GetValue<string>());
        Assert.All(Commands(manifest), c => Assert.Equal("https://bot.example.com/slack/command", c["url"]!.GetValue<string>()));
    }

    [Fact]
    public void Manifest_Build_FollowsTheSchemasLimits()
    {
        var manifest = SlackManifest.Build();

        Assert.InRange(manifest["display_information"]!["name"]!.GetValue<string>().Length, 1, 35);
        Assert.InRange(manifest["features"]!["bot_user"]!["display_name"]!.GetValue<string>().Length, 1, 80);
        Assert.All(Commands(manifest), c =>
        {
            Assert.Matches("^/[a-z_-]{1,31}$", c["command"]!.GetValue<string>());
            Assert.InRange(c["description"]!.GetValue<string>().Length, 1, 100);
        });
        Assert.True(manifest["settings"]!["interactivity"]!["is_enabled"]!.GetValue<bool>());
        Assert.True(manifest["features"]!["app_home"]!["messages_tab_enabled"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("app_mention", "app_mentions:read")]
    [InlineData("message.im", "im:history")]
    public void EachEvent_Build_HasItsScope(string e, string scope)
    {
        var manifest = SlackManifest.Build();

        Assert.Contains(e, manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Contains(scope, manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(x => x!.GetValue<string>()));
    }

    [Fact]
    public void Manifest_Build_NeedsChatWriteAndCommandsScopes()
    {
        var scopes = SlackManifest.Build()["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(x => x!.GetValue<string>()).ToArray();

        Assert.Contains("chat:write", scopes);
        Assert.Contains("commands", scopes);
        Assert.DoesNotContain("message.channels", SlackManifest.BotEvents); // would deliver each mention twice
    }

    private static JsonObject[] Commands(JsonObject manifest) => manifest["features"]!["slash_commands"]!.AsArray().OfType<JsonObject>().ToArray();
}
