using System.Text.RegularExpressions;

namespace Bot.Answering;

/// <summary>
/// Removes a self-introduction or a note on how the user got here before the question ("Ret. Army here.",
/// "just got sent this link.", "I'm a teacher,"): it is not part of what is asked, and its words would otherwise
/// count as topics the articles never mention.
/// </summary>
public static partial class ChatPreamble
{
    public static string Strip(string text)
    {
        var match = Preamble().Match(text);
        text = match.Success && match.Length < text.Length ? text[match.Length..] : text;
        // "I'd like to know: was it the President's idea?": the wish to know frames the question that follows.
        var wish = WishToKnow().Match(text);
        text = wish.Success && wish.Length < text.Length ? text[wish.Length..] : text;
        // "any idea when the pause ends", "anyone know if it's gonna end soon": asking around frames the question.
        var around = AskingAround().Match(text);
        text = around.Success && around.Length < text.Length ? text[around.Length..] : text;
        // "Who's Zelensky? (needed for my notes)": an aside in brackets after the question says why it is asked, not what.
        text = AsideAfterQuestion().Replace(text, "?");
        // "did they explain it publicly or": a dangling "or" leaves the other answer to the reader.
        return DanglingOr().Replace(text, "?");
    }

    [GeneratedRegex(@"\s+or\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingOr();

    [GeneratedRegex(@"\?\s*\([^()?]{1,60}\)\s*$")]
    private static partial Regex AsideAfterQuestion();

    [GeneratedRegex(@"^\s*(?:(?:[\w.'\u2019-]+\s+){1,3}here|just\s+(?:got|saw|read|found|opened|clicked)\s+(?:sent\s+)?(?:this|the|a|that)\s+(?:link|article|story|post|piece|thread)(?:\s+\w+){0,3}|(?:i'?m|i\s+am)\s+(?:a|an)\s+[\w\s-]{1,30}?)\s*[.!,:;\u2014\u2013-]+\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Preamble();

    [GeneratedRegex(@"^\s*(?:i'?d|i\s+would|i)\s+(?:really\s+)?(?:like|love|want|wish)\s+to\s+(?:know|understand|ask)\s*[:,\u2014\u2013-]?\s*(?=(?:who|what|why|when|where|how|which|was|were|is|are|did|does|do|has|have|had)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WishToKnow();

    [GeneratedRegex(@"^\s*(?:any\s+idea|(?:does\s+)?any(?:one|body)\s+know|do\s+(?:you|u)\s+know|i\s+wonder|wondering|curious)\s*[:,?\u2014\u2013-]?\s*(?:(?:if|whether)\s+)?(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex AskingAround();
}
