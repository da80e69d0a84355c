namespace Bot.Answering;

/// <summary>Small wording helpers for answer text (the cited quotes themselves are never altered).</summary>
public static class AnswerText
{
    private static readonly string[] s_connectives =
    [
        "However, ", "Contrarily, ", "Meanwhile, ", "Additionally, ", "Moreover, ", "Still, ", "Yet, ", "But ", "And ",
        "Furthermore, ", "Nevertheless, ", "Instead, ", "Separately, ", "In addition, ", "Also, ",
    ];

    /// <summary>A sentence with a leading discourse connective removed, so it reads on its own.</summary>
    public static string Readable(string sentence)
    {
        foreach (var connective in s_connectives)
        {
            if (sentence.StartsWith(connective, StringComparison.Ordinal) && sentence.Length > connective.Length + 1)
            {
                var rest = sentence[connective.Length..];
                return char.ToUpperInvariant(rest[0]) + rest[1..];
            }
        }

        return sentence;
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static readonly string[] s_countWords = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>A small count in words ("three"), larger ones in digits.</summary>
    public static string CountWord(int count) => count >= 0 && count < s_countWords.Length ? s_countWords[count] : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
