using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Slack.Protocol;

namespace Bot.Slack.Tests.Rendering;

/// <summary>Reads rendered Block Kit JSON back for assertions.</summary>
internal static partial class BlockJson
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<JsonObject> Blocks(this SlackMessage message) => message.Blocks.Select(block => block!.AsObject());

    public static IEnumerable<JsonObject> OfType(this SlackMessage message, string type) =>
        message.Blocks().Where(block => (string?)block["type"] == type);

    public static IEnumerable<string> SectionTexts(this SlackMessage message) =>
        message.OfType("section").Select(block => (string)block["text"]!["text"]!);

    public static IEnumerable<string> ContextTexts(this SlackMessage message) =>
        message.OfType("context").SelectMany(block => block["elements"]!.AsArray().Select(element => (string)element!["text"]!));

    public static IEnumerable<JsonObject> Buttons(this SlackMessage message) =>
        message.OfType("actions").SelectMany(block => block["elements"]!.AsArray().Select(element => element!.AsObject()));

    /// <summary>Every "text" string anywhere in the blocks, plus the message's fallback text.</summary>
    public static IEnumerable<string> AllTexts(this SlackMessage message) =>
        Descendants(message.Blocks)
            .OfType<JsonObject>()
            .Select(node => node["text"])
            .OfType<JsonValue>()
            .Select(value => value.GetValue<string>())
            .Append(message.Text);

    public static IEnumerable<string> PropertyNames(this SlackMessage message) =>
        Descendants(message.Blocks).OfType<JsonObject>().SelectMany(node => node.Select(property => property.Key));

    /// <summary>The blocks' JSON length with each escape sequence (<c>\n</c>, <c>\uD83D</c>) counted as one character.</summary>
    public static int SerializedLength(this SlackMessage message) =>
        EscapeSequence().Replace(message.Blocks.ToJsonString(Relaxed), "x").Length;

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(property => property.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    [GeneratedRegex(@"\\u[0-9A-Fa-f]{4}|\\.")]
    private static partial Regex EscapeSequence();
}
