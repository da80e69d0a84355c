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
        return match.Success && match.Length < text.Length ? text[match.Length..] : text;
    }

    [GeneratedRegex(@"^\s*(?:(?:[\w.'\u2019-]+\s+){1,3}here|just\s+(?:got|saw|read|found|opened|clicked)\s+(?:sent\s+)?(?:this|the|a|that)\s+(?:link|article|story|post|piece|thread)(?:\s+\w+){0,3}|(?:i'?m|i\s+am)\s+(?:a|an)\s+[\w\s-]{1,30}?)\s*[.!,:;\u2014\u2013-]+\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Preamble();
}
