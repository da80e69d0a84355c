namespace Bot.Core.Model;

/// <summary>One news article after loading: metadata from its front matter and its de-duplicated passages.</summary>
public sealed record Article(
    string Id,
    string Title,
    string? Outlet,
    string? Url,
    string? Published,
    string SourcePath,
    IReadOnlyList<Passage> Passages)
{
    public IEnumerable<Sentence> Sentences => Passages.SelectMany(p => p.Sentences);
}
