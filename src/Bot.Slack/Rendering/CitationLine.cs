using Bot.Core.Replies;

namespace Bot.Slack.Rendering;

/// <summary>
/// One source as mrkdwn: <c>*[n]* “quote” — _Title_</c>, the title linked when the citation has a URL. The quote
/// is verbatim (escaped); only a quote too long for one text object is shortened, with an ellipsis.
/// </summary>
internal static class CitationLine
{
    public static string Format(Citation citation)
    {
        var title = SlackText.Escape(string.IsNullOrWhiteSpace(citation.Title) ? citation.ArticleId : citation.Title.Trim());
        var prefix = $"*[{citation.Marker}]* \u201C";
        var suffix = $"\u201D \u2014 _{SlackLink.Format(citation.Url, title)}_";
        if (prefix.Length + suffix.Length > SlackLimits.MaxTextObjectChars / 2)
        {
            // An absurdly long title or URL: drop the link and shorten the title rather than the quote.
            suffix = $"\u201D \u2014 _{EscapedText.Truncate(title, SlackLimits.MaxTextObjectChars / 4)}_";
        }

        var quote = SlackText.Escape(citation.Quote.Trim());
        var room = SlackLimits.MaxTextObjectChars - prefix.Length - suffix.Length;
        return prefix + EscapedText.Truncate(quote, room) + suffix;
    }

    /// <summary>The same source for the plain <c>text</c> fallback: <c>[n] “quote” — Title</c>.</summary>
    public static string Fallback(Citation citation)
    {
        var title = string.IsNullOrWhiteSpace(citation.Title) ? citation.ArticleId : citation.Title.Trim();
        return SlackText.Escape($"[{citation.Marker}] \u201C{citation.Quote.Trim()}\u201D \u2014 {title}");
    }
}
