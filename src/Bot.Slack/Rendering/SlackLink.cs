namespace Bot.Slack.Rendering;

/// <summary>
/// Writes <c>&lt;url|label&gt;</c> links. Only absolute http(s) URLs are linked; the URL is normalized, its <c>|</c>
/// percent-encoded so it cannot end the URL early, and its control characters escaped as Slack requires.
/// </summary>
internal static class SlackLink
{
    /// <summary>The link, or just <paramref name="escapedLabel"/> when the URL is missing or not http(s).</summary>
    public static string Format(string? url, string escapedLabel)
    {
        var safeUrl = SafeUrl(url);
        return safeUrl is null ? escapedLabel : $"<{safeUrl}|{escapedLabel}>";
    }

    internal static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return SlackText.Escape(uri.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal));
    }
}
