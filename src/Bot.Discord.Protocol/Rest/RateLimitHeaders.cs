using System.Globalization;

namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// The rate limit headers of one response: <c>X-RateLimit-Limit</c>, <c>-Remaining</c>, <c>-Reset</c> (epoch
/// seconds), <c>-Reset-After</c> (decimal seconds), <c>-Bucket</c>, and on a 429 <c>X-RateLimit-Global</c>,
/// <c>X-RateLimit-Scope</c> (<c>user</c>, <c>global</c> or <c>shared</c>) and <c>Retry-After</c>.
/// </summary>
internal sealed record RateLimitHeaders(
    string? Bucket,
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    bool Global,
    string? Scope,
    TimeSpan? RetryAfter)
{
    public static RateLimitHeaders Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var resetAfter = Seconds(Header(response, "X-RateLimit-Reset-After"));
        if (resetAfter is null && Number(Header(response, "X-RateLimit-Reset")) is { } resetEpoch)
        {
            // Reset-After is preferred: the epoch form depends on our clock agreeing with Discord's.
            var untilReset = DateTimeOffset.UnixEpoch.AddSeconds(resetEpoch) - now;
            resetAfter = untilReset > TimeSpan.Zero ? untilReset : TimeSpan.Zero;
        }

        return new RateLimitHeaders(
            Header(response, "X-RateLimit-Bucket"),
            Integer(Header(response, "X-RateLimit-Limit")),
            Integer(Header(response, "X-RateLimit-Remaining")),
            resetAfter,
            string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Header(response, "X-RateLimit-Scope"),
            Seconds(Header(response, "Retry-After")));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static int? Integer(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static double? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    private static TimeSpan? Seconds(string? value) =>
        Number(value) is { } seconds and >= 0 ? TimeSpan.FromSeconds(seconds) : null;
}
