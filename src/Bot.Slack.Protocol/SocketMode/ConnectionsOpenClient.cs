using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>Calls <c>apps.connections.open</c> with the app-level token in the Authorization header (never in the body).</summary>
internal sealed class ConnectionsOpenClient(HttpClient httpClient, SocketModeOptions options, TimeProvider timeProvider)
{
    /// <summary>Errors after which Slack will never hand out a URL for this token (as in Slack's own SDKs).</summary>
    private static readonly HashSet<string> s_unrecoverableErrors =
        ["not_authed", "invalid_auth", "account_inactive", "user_removed_from_team", "team_disabled"];

    public async Task<ConnectionsOpenResult> OpenAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl(options.ApiBaseUrl), "apps.connections.open"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AppToken);
        request.Content = new FormUrlEncodedContent([]);
        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var retryAfter = RetryAfter(response.Headers.RetryAfter);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return new ConnectionsOpenResult.Retry("ratelimited (HTTP 429)", retryAfter);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new ConnectionsOpenResult.Retry($"HTTP {(int)response.StatusCode}", retryAfter);
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return Interpret(body, retryAfter);
        }
        catch (HttpRequestException ex)
        {
            return new ConnectionsOpenResult.Retry($"request failed: {ex.Message}", null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ConnectionsOpenResult.Retry("request timed out", null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ConnectionsOpenResult.Retry($"{ex.GetType().Name}: {ex.Message}", null);
        }
    }

    private static ConnectionsOpenResult Interpret(byte[] body, TimeSpan? retryAfter)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ConnectionsOpenResult.Retry("response is not a JSON object", retryAfter);
            }

            var ok = root.TryGetProperty("ok", out var okElement) && okElement.ValueKind == JsonValueKind.True;
            if (!ok)
            {
                var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
                    ? e.GetString() ?? "unknown_error"
                    : "unknown_error";
                return s_unrecoverableErrors.Contains(error)
                    ? new ConnectionsOpenResult.Unrecoverable(error)
                    : new ConnectionsOpenResult.Retry(error, retryAfter);
            }

            if (root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String
                && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeWss || url.Scheme == Uri.UriSchemeWs))
            {
                return new ConnectionsOpenResult.Opened(url);
            }

            return new ConnectionsOpenResult.Retry("ok response without a ws(s) url", retryAfter);
        }
        catch (JsonException)
        {
            return new ConnectionsOpenResult.Retry("response is not JSON", retryAfter);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static Uri BaseUrl(Uri configured) =>
        configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
}
