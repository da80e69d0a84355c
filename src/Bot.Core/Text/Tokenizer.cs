namespace Bot.Core.Text;

/// <summary>
/// Splits text into word tokens. Possessive endings are dropped ("Trump's" → "trump"), hyphenated words split,
/// and the country "U.S." / "US" becomes the token "usa" so it is not mistaken for the pronoun "us".
/// </summary>
public static class Tokenizer
{
    public const string UnitedStates = "usa";

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            var word = text[start..i];
            tokens.Add(Normalize(word, start, tokens));
        }

        return tokens;
    }

    private static bool IsInnerJoiner(string text, int i)
    {
        var c = text[i];
        var joiner = c is '\'' or '\u2019' || (c == '.' && IsDottedAcronymDot(text, i)) || (c is ',' or '.' && IsDigitSeparator(text, i));
        return joiner && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
    }

    private static bool IsDottedAcronymDot(string text, int i) =>
        i >= 1 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2])) && i + 1 < text.Length && char.IsUpper(text[i + 1]);

    private static bool IsDigitSeparator(string text, int i) =>
        i >= 1 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]);

    private static Token Normalize(string word, int start, List<Token> previous)
    {
        var original = word;
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        if (apostrophe > 0)
        {
            var suffix = word[(apostrophe + 1)..].ToLowerInvariant();
            // Keep contractions that carry meaning ("didn't" → "didnt" keeps its negation); drop possessives.
            word = suffix == "s" ? word[..apostrophe] : word.Remove(apostrophe, 1);
        }

        var lower = word.Replace(".", "").ToLowerInvariant();
        var isCountry = lower == "us" && (original.Contains('.') || original == "US" ||
                                          (previous.Count > 0 && previous[^1].Lower == "the"));
        if (isCountry)
        {
            lower = UnitedStates;
        }

        return new Token(original, lower, start, original.Length);
    }
}
