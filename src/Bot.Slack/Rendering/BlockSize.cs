using System.Text.Json.Nodes;

namespace Bot.Slack.Rendering;

/// <summary>
/// The size of a block as Slack counts it: its JSON with every string taken at its length in characters, not at the
/// length of its escaped form (an emoji or a line break counts as itself, not as <c>\uD83D\uDE00</c> or <c>\n</c>).
/// </summary>
internal static class BlockSize
{
    public static int Of(JsonNode? node) => node switch
    {
        null => 4,
        JsonObject obj => 2 + Separators(obj.Count) + obj.Sum(property => property.Key.Length + 3 + Of(property.Value)),
        JsonArray array => 2 + Separators(array.Count) + array.Sum(Of),
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length + 2,
        _ => node.ToJsonString().Length,
    };

    private static int Separators(int count) => Math.Max(0, count - 1);
}
