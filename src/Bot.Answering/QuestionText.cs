using Bot.Core.Text;

namespace Bot.Answering;

/// <summary>Cleans what the user typed: control characters out, white space collapsed, overlong questions cut at a word boundary.</summary>
public static partial class QuestionText
{
    public const int MaxLength = 1_000;

    public const string TruncatedNote = "Your question was very long, so I answered its first 1,000 characters.";

    // HTML/XML-like tags carry no question; "<script>" must not make the rest read as a statement.
    [System.Text.RegularExpressions.GeneratedRegex(@"<(script|style)\b[^>]{0,100}>.{0,2000}?</\1\s*>|</?[A-Za-z][^<>]{0,100}>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Markup();

    public static (string Text, IReadOnlyList<string> Notes) Prepare(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ("", []);
        }

        var head = raw.Length > MaxLength * 4 ? raw[..(MaxLength * 4)] : raw;
        var text = TextNormalizer.Canonical(Markup().Replace(TextNormalizer.StripControl(head), " "));
        if (text.Length <= MaxLength && raw.Length <= MaxLength * 4)
        {
            return (text, []);
        }

        var cut = text.Length > MaxLength ? text[..MaxLength] : text;
        var space = cut.LastIndexOf(' ');
        if (space > MaxLength / 2)
        {
            cut = cut[..space];
        }

        return (cut, [TruncatedNote]);
    }
}
