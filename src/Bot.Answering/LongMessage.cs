using System.Text.RegularExpressions;

namespace Bot.Answering;

/// <summary>
/// A letter-like message ("Dear Sir or Madam, having served in the Army Signal Corps ... Could you please explain
/// what the directive was meant to accomplish? With my thanks, Col. Jennings"): the greeting, the life story and the
/// sign-off are not what is asked, and their names and words would read as topics the articles never mention. Only
/// the sentences that ask something are kept, in order.
/// </summary>
public static partial class LongMessage
{
    private const int MinWords = 25;
    private const int MinQuestionWords = 5;

    public static string QuestionsOnly(string text)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords)
        {
            return text;
        }

        var sentences = Sentences(text);
        // "I had understood that Schumer ordered it. What reasons did he give?": the claim to check stays with the question.
        var asking = sentences.Where(s => s.EndsWith('?') || Request().IsMatch(s) || ClaimHeld().IsMatch(s)).ToList();
        // "... Is that right?": a short question leans on the sentences before it, so they stay.
        var standAlone = asking.Count > 0
                         && asking.All(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinQuestionWords && !LeansOnContext().IsMatch(s));
        if (!standAlone || asking.Count == sentences.Count)
        {
            return text;
        }

        return string.Join(' ', asking.Select(s => ChatPreamble.Strip(Ordinal().Replace(s, ""))));
    }

    /// <summary>Splits after ".", "!" or "?" before a capital, unless the word ending there is an abbreviation ("Mr.", "U.S.", "Col.").</summary>
    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            var stop = end.Index + 1;
            var word = text[start..stop].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            if (text[end.Index] == '.' && Abbreviation().IsMatch(word))
            {
                continue;
            }

            sentences.Add(text[start..stop].Trim());
            start = stop;
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            sentences.Add(text[start..].Trim());
        }

        return sentences;
    }

    [GeneratedRegex(@"[.!?](?=\s+[""'\u201C(]?[A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\(?([A-Za-z]\.)+$|^\(?[A-Za-z]\.?[A-Za-z]?\.$|^\(?(mr|mrs|ms|dr|col|cmdr|gen|sen|rep|sec|st|lt|capt|adm|gov|pres|prof|sgt|maj|ret|vs|jr|sr|no|fig)\.\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    /// <summary>"Please explain ...", "Tell me who ...": a request without a question mark.</summary>
    [GeneratedRegex(@"^(?:(?:please|kindly|so|and|also|now)\s+)*(?:tell\s+me|explain|describe|summari[sz]e|list|give\s+me|i(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?:know|understand)|i\s+(?:want|need)\s+to\s+know)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    /// <summary>"I had understood that …", "I read that …", "My uncle says …": a claim the writer holds, to be checked.</summary>
    [GeneratedRegex(@"^(?:i\s+(?:had\s+|have\s+)?(?:understood|thought|assumed|believed|heard|read|gathered)|i\s+was\s+told|(?:someone|somebody|people)\s+(?:said|says|told\s+me|claim\w*)|my\s+\w+\s+(?:says|said|told\s+me|claims?)|apparently)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimHeld();

    [GeneratedRegex(@"\b(?:is|was|isn'?t|wasn'?t)\s+(?:that|this|it)\s+(?:true|right|correct|accurate|so|what)\b|\b(?:that|this)\s+(?:claim|story|rumou?r|post|report|idea|theory)\b|\bback\s+(?:that|this|it)\s+up\b|\b(?:confirm|support|verify|corroborate|debunk)\w*\s+(?:that|this|it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeansOnContext();

    /// <summary>"First, who ...", "And third, what ...": list markers before each question.</summary>
    [GeneratedRegex(@"^(?:and\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|lastly|finally|also|next|then)\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
