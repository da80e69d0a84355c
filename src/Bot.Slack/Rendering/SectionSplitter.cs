namespace Bot.Slack.Rendering;

/// <summary>
/// Splits escaped text into pieces of at most a given length, in order, preferring a paragraph break, then a line
/// break, then the end of a sentence, then a space; only a single word longer than a piece is cut inside, and never
/// through an entity or a surrogate pair. The whitespace at each cut is dropped.
/// </summary>
internal static class SectionSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxChars)
    {
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxChars)
        {
            var cut = FindCut(rest, maxChars);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    // The index to cut at: the text before it (trimmed) fits in maxChars and is never empty.
    private static int FindCut(string text, int maxChars)
    {
        var floor = maxChars / 2;
        var best = -1;
        var bestRank = 0;
        for (var i = maxChars; i > 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var rank = Rank(text, i);
            if (rank > bestRank && (i >= floor || best < 0))
            {
                best = i;
                bestRank = rank;
            }

            if (bestRank == 4 || (i < floor && best >= 0))
            {
                break;
            }
        }

        return best > 0 && !string.IsNullOrWhiteSpace(text[..best]) ? best : Math.Max(1, EscapedText.SafeCutIndex(text, maxChars));
    }

    // How good a cut at this whitespace is: 4 paragraph, 3 line, 2 sentence end, 1 space.
    private static int Rank(string text, int i)
    {
        if (text[i] == '\n')
        {
            return (i > 0 && text[i - 1] == '\n') || (i + 1 < text.Length && text[i + 1] == '\n') ? 4 : 3;
        }

        return EndsSentence(text, i) ? 2 : 1;
    }

    // True when the text just before index ends a sentence: "fell.", "fell.\u201D", "fell.[1]" or "fell. [1][2]"-style markers.
    private static bool EndsSentence(string text, int index)
    {
        var j = index - 1;
        while (j >= 0 && text[j] == ']')
        {
            var open = text.LastIndexOf('[', j);
            if (open < 0 || open == j - 1 || text.AsSpan(open + 1, j - open - 1).ContainsAnyExceptInRange('0', '9'))
            {
                break;
            }

            j = open - 1;
        }

        while (j >= 0 && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            j--;
        }

        return j >= 0 && text[j] is '.' or '!' or '?';
    }
}
