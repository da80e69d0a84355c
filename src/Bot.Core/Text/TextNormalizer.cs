using System.Text;

namespace Bot.Core.Text;

/// <summary>Canonical forms of text used for comparison (never for display or quoting).</summary>
public static class TextNormalizer
{
    /// <summary>Folds typographic quotes and dashes to ASCII, collapses white space and trims.</summary>
    public static string Canonical(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Canonical form, lower-cased: the key for de-duplication and verbatim checks.</summary>
    public static string Key(string text) => Canonical(text).ToLowerInvariant();

    /// <summary>Removes control and format characters (keeping line breaks and tabs as spaces).</summary>
    public static string StripControl(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
            {
                sb.Append(' ');
            }
            else if (!char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format
                     && !char.IsSurrogate(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
        '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' or '\u2009' or '\u202F' => ' ',
        _ => c,
    };
}
