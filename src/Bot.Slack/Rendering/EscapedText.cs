namespace Bot.Slack.Rendering;

/// <summary>
/// Cuts text that <see cref="SlackText.Escape"/> already produced without breaking an entity (<c>&amp;amp;</c>)
/// or a surrogate pair, so a shortened piece still renders the characters it keeps.
/// </summary>
internal static class EscapedText
{
    private const string Ellipsis = "\u2026";

    /// <summary>The largest index at or below <paramref name="index"/> where the text may be cut.</summary>
    public static int SafeCutIndex(string text, int index)
    {
        var cut = Math.Clamp(index, 0, text.Length);
        if (cut > 0 && cut < text.Length && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // An entity is at most five characters ("&amp;"): if one opened just before the cut and has not closed, cut before it.
        for (var i = cut - 1; i >= Math.Max(0, cut - 4); i--)
        {
            if (text[i] == ';')
            {
                break;
            }

            if (text[i] == '&')
            {
                return i;
            }
        }

        return cut;
    }

    /// <summary>The text, or its longest safe prefix plus an ellipsis, in at most <paramref name="maxChars"/> characters.</summary>
    public static string Truncate(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = SafeCutIndex(text, maxChars - Ellipsis.Length);
        return text[..cut].TrimEnd() + Ellipsis;
    }
}
