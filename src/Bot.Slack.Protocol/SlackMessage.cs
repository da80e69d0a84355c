using System.Text.Json.Nodes;

namespace Bot.Slack.Protocol;

/// <summary>One Slack message body: the <c>text</c> fallback (always set) and its Block Kit <c>blocks</c>.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks);
