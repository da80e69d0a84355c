namespace Bot.Discord.Rendering;

/// <summary>Cuts text into pieces of at most a given length, preferring line, then sentence, then word boundaries.</summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = BestCut(rest, max);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    public static string Clamp(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static int BestCut(string text, int max)
    {
        var window = text[..max];
        foreach (var boundary in new[] { "\n", ". ", "? ", "! ", " " })
        {
            var at = window.LastIndexOf(boundary, StringComparison.Ordinal);
            if (at > max / 3)
            {
                return at + boundary.Length;
            }
        }

        return max;
    }
}
