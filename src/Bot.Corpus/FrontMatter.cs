namespace Bot.Corpus;

/// <summary>
/// The optional header of an article file, between two <c>---</c> lines, as <c>key: value</c> pairs
/// (title, outlet, url, date, id). Empty values mean "unknown" and are kept empty rather than invented.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, string> Values)
{
    public static FrontMatter None { get; } = new(new Dictionary<string, string>());

    public string? this[string key] => Values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
