using System.Text.Json.Nodes;

namespace Bot.Slack.Rendering;

/// <summary>One Block Kit block and what it adds to its message's <c>text</c> fallback (escaped; may be empty).</summary>
internal sealed record RenderedBlock(JsonObject Block, string Fallback);
