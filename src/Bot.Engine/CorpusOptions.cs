namespace Bot.Engine;

/// <summary>Where the articles live (<c>Corpus__Path</c>) and whether to reload them when files change.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>A folder of .md/.txt articles. Empty means: the nearest folder named "corpus" above the working directory.</summary>
    public string Path { get; set; } = "";

    public bool Watch { get; set; } = true;

    public string ResolvePath()
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            return System.IO.Path.GetFullPath(Path);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return System.IO.Path.GetFullPath("corpus");
    }
}
