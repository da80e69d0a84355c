using System.Globalization;
using System.Net;
using System.Text;

namespace Bot.Discord.Protocol.Tests.Rest;

/// <summary>Discord-shaped responses: JSON bodies and the documented X-RateLimit-* headers.</summary>
internal static class Reply
{
    public static HttpResponseMessage Ok(string json = """{"id":"1"}""", string? bucket = null, int? remaining = null, double? resetAfter = null)
    {
        var response = Json(HttpStatusCode.OK, json);
        if (bucket is not null)
        {
            response.Headers.Add("X-RateLimit-Bucket", bucket);
            response.Headers.Add("X-RateLimit-Limit", "5");
        }

        if (remaining is not null)
        {
            response.Headers.Add("X-RateLimit-Remaining", remaining.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (resetAfter is not null)
        {
            response.Headers.Add("X-RateLimit-Reset-After", resetAfter.Value.ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    public static HttpResponseMessage NoContent() => new(HttpStatusCode.NoContent);

    public static HttpResponseMessage Error(int status, int code, string message, string errors = "") =>
        Json((HttpStatusCode)status, $$"""{"code":{{code}},"message":"{{message}}"{{(errors.Length > 0 ? ",\"errors\":" + errors : "")}}}""");

    public static HttpResponseMessage Status(int status) => Json((HttpStatusCode)status, "");

    /// <summary>A 429 as the rate limits page shows it; the Retry-After header is whole seconds, rounded up.</summary>
    public static HttpResponseMessage TooManyRequests(double retryAfter, string scope = "user", bool global = false, string? bucket = "abcd1234")
    {
        var seconds = retryAfter.ToString(CultureInfo.InvariantCulture);
        var response = Json(HttpStatusCode.TooManyRequests, $$"""{"message":"You are being rate limited.","retry_after":{{seconds}},"global":{{(global ? "true" : "false")}}}""");
        response.Headers.Add("Retry-After", Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Scope", scope);
        if (global)
        {
            response.Headers.Add("X-RateLimit-Global", "true");
        }
        else if (bucket is not null)
        {
            response.Headers.Add("X-RateLimit-Bucket", bucket);
            response.Headers.Add("X-RateLimit-Limit", "5");
            response.Headers.Add("X-RateLimit-Remaining", "0");
            response.Headers.Add("X-RateLimit-Reset-After", seconds);
        }

        return response;
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
