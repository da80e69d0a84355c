namespace Bot.Corpus;

/// <summary>Separates front matter from the body. A file that opens a header and never closes it is broken.</summary>
public static class FrontMatterParser
{
    private const string Fence = "---";

    public static bool TryParse(string text, out FrontMatter frontMatter, out string body, out string? error)
    {
        frontMatter = FrontMatter.None;
        body = text;
        error = null;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ') != Fence)
        {
            return true;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim() == Fence)
            {
                frontMatter = new FrontMatter(values);
                body = string.Join('\n', lines.Skip(i + 1));
                return true;
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                error = $"front matter line {i + 1} is not 'key: value'";
                return false;
            }

            var key = line[..colon].Trim();
            if (key.Any(char.IsWhiteSpace))
            {
                error = $"front matter line {i + 1} has a key with spaces";
                return false;
            }

            values[key] = Unquote(line[(colon + 1)..].Trim());
        }

        error = "front matter is opened with '---' but never closed";
        return false;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'')
            ? value[1..^1]
            : value;
}
