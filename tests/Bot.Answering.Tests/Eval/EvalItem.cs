using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Answering.Tests.Eval;

/// <summary>One line of an evaluation set, in the format of shared/eval/README.md.</summary>
public sealed record EvalItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("must")] string[][]? Must,
    [property: JsonPropertyName("support")] string[]? Support,
    [property: JsonPropertyName("forbid")] string[]? Forbid)
{
    public static IReadOnlyList<EvalItem> Load(string path) =>
        File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<EvalItem>(l)!)
            .ToArray();
}
