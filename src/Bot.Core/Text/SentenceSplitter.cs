namespace Bot.Core.Text;

/// <summary>
/// Splits a paragraph into sentences, returning verbatim substrings. Knows common news abbreviations
/// ("U.S.", "Sen.", "Dr.") so that "U.S. President Donald Trump" stays one sentence.
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations after which a capitalised word never starts a new sentence.
    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "st", "prof",
        "pres", "sec", "amb", "hon", "rev", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "dept", "fig",
    };

    // Words that, after an acronym such as "U.S.", show that a new sentence has begun.
    private static readonly HashSet<string> s_sentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "In", "On", "At", "But", "And", "This", "That",
        "These", "Those", "However", "Meanwhile", "Officials", "There", "His", "Her", "Its", "Their", "As", "When",
    };

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var result = new List<string>();
        var start = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < paragraph.Length && paragraph[end] is '.' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ')')
                {
                    end++;
                }

                if (IsBoundary(paragraph, i, end))
                {
                    Add(result, paragraph, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(result, paragraph, start, paragraph.Length);
        return result;
    }

    private static void Add(List<string> result, string paragraph, int start, int end)
    {
        var text = paragraph[start..end].Trim();
        if (text.Length > 0)
        {
            result.Add(text);
        }
    }

    private static bool IsBoundary(string text, int punct, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false; // "3.5", "U.S.-led", "example.com"
        }

        var next = NextWord(text, end);
        if (next.Length == 0)
        {
            return true;
        }

        if (text[punct] != '.')
        {
            return char.IsUpper(next[0]) || !char.IsLetter(next[0]);
        }

        if (!char.IsUpper(next[0]) && !char.IsDigit(next[0]) && next[0] is not '"' and not '\u201C' and not '\'')
        {
            return false;
        }

        var previous = PreviousToken(text, punct);
        if (s_titles.Contains(previous.TrimEnd('.')))
        {
            return false;
        }

        // Initials and dotted acronyms: "J.", "U.S.", "D.C."
        var isInitial = previous.Length == 1 && char.IsUpper(previous[0]);
        var isDottedAcronym = previous.Contains('.') && previous.Replace(".", "").All(char.IsUpper);
        if (isInitial || isDottedAcronym)
        {
            return s_sentenceStarters.Contains(next);
        }

        return true;
    }

    private static string NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return text[start..i].TrimEnd(',', ';', ':');
    }

    private static string PreviousToken(string text, int punct)
    {
        var i = punct - 1;
        while (i >= 0 && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not '"' and not '\u201C')
        {
            i--;
        }

        return text[(i + 1)..punct];
    }
}
