using Bot.Core.Text;

namespace Bot.Corpus;

/// <summary>
/// Turns an article body into paragraphs. Accepts one paragraph per line (as wire copy often is) and
/// Markdown with hard-wrapped lines. Headings (Markdown <c>#</c> lines and title-case lines without final
/// punctuation) are not paragraphs; neither are repeats of a paragraph already seen.
/// </summary>
public static class ParagraphReader
{
    public static IReadOnlyList<string> Read(string body, string? title) =>
        ReadBlocks(body, title).Where(b => !b.IsHeading).Select(b => b.Text).ToArray();

    /// <summary>
    /// Paragraphs and headings in order, each once. The headline is kept (once) as a heading block: it is part of
    /// the article and may be quoted, e.g. when someone asks for the headline.
    /// </summary>
    public static IReadOnlyList<(string Text, bool IsHeading)> ReadBlocks(string body, string? title)
    {
        var titleKey = title is null ? null : TextNormalizer.Key(title);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var blocks = new List<(string, bool)>();
        foreach (var paragraph in JoinWrappedLines(body))
        {
            var text = paragraph.TrimStart('#', ' ');
            var key = TextNormalizer.Key(text);
            if (key.Length == 0 || !seen.Add(key))
            {
                continue;
            }

            blocks.Add((text, key == titleKey || IsHeading(paragraph)));
        }

        return blocks;
    }

    private static IEnumerable<string> JoinWrappedLines(string body)
    {
        var current = new List<string>();
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r').Trim();
            var continuesParagraph = current.Count > 0 && !EndsSentence(current[^1]) && !IsHeading(current[^1]);
            if (line.Length == 0 || line.StartsWith('#') || (IsHeading(line) && !continuesParagraph))
            {
                if (current.Count > 0)
                {
                    yield return string.Join(' ', current);
                    current.Clear();
                }

                if (line.Length > 0)
                {
                    yield return line;
                }

                continue;
            }

            if (current.Count > 0 && EndsSentence(current[^1]))
            {
                yield return string.Join(' ', current);
                current.Clear();
            }

            current.Add(StripMarkdown(line));
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    private static bool EndsSentence(string line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')' or ':';

    private static string StripMarkdown(string line) =>
        line.StartsWith("> ", StringComparison.Ordinal) ? line[2..] :
        line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) ? line[2..] : line;

    internal static bool IsHeading(string line)
    {
        if (line.StartsWith('#'))
        {
            return true;
        }

        if (EndsSentence(line))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 20)
        {
            return false;
        }

        var capitalized = words.Count(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
        return capitalized >= words.Length * 0.6;
    }
}
