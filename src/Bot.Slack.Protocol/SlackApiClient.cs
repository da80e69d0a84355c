using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Protocol;

/// <summary>
/// The Slack Web API methods the bot uses, with <c>Authorization: Bearer xoxb-…</c>. Slack reports failures as
/// HTTP 200 with <c>ok:false</c>, which become <see cref="SlackApiException"/>. A 429 pauses that method for the
/// <c>Retry-After</c> it gives (calls queued behind it wait too), then the call is retried.
/// </summary>
public sealed class SlackApiClient(HttpClient http, SlackApiOptions options, TimeProvider time, ILogger<SlackApiClient> logger)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);

    public async Task<AuthTestResult> AuthTestAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("auth.test", new JsonObject(), cancellationToken).ConfigureAwait(false);
        return new AuthTestResult(
            result["user_id"]?.GetValue<string>() ?? throw new SlackApiException("auth.test", "no user_id in the reply"),
            result["bot_id"]?.GetValue<string>(),
            result["team_id"]?.GetValue<string>(),
            result["user"]?.GetValue<string>());
    }

    /// <summary>Posts a message (in a thread when <paramref name="threadTs"/> is set) and returns its <c>ts</c>.</summary>
    public async Task<string> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        var body = Body(message);
        body["channel"] = channel;
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        var result = await CallAsync("chat.postMessage", body, cancellationToken).ConfigureAwait(false);
        return result["ts"]?.GetValue<string>() ?? throw new SlackApiException("chat.postMessage", "no ts in the reply");
    }

    public async Task UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = Body(message);
        body["channel"] = channel;
        body["ts"] = ts;
        await CallAsync("chat.update", body, cancellationToken).ConfigureAwait(false);
    }

    public async Task PostEphemeralAsync(string channel, string user, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        var body = Body(message);
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        await CallAsync("chat.postEphemeral", body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The texts of a thread's messages, oldest first (<c>conversations.replies</c>), with who wrote each.</summary>
    public async Task<IReadOnlyList<(string? User, string? BotId, string Text)>> RepliesAsync(string channel, string threadTs, int limit, CancellationToken cancellationToken)
    {
        // Read methods take form fields, not JSON bodies.
        var fields = new Dictionary<string, string> { ["channel"] = channel, ["ts"] = threadTs, ["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var result = await CallAsync("conversations.replies", () => new FormUrlEncodedContent(fields), cancellationToken).ConfigureAwait(false);
        return (result["messages"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(m => (m["user"]?.GetValue<string>(), m["bot_id"]?.GetValue<string>(), m["text"]?.GetValue<string>() ?? ""))
            .ToArray();
    }

    /// <summary>Posts to a slash command's or interaction's <c>response_url</c>; false when Slack refuses (used up, expired).</summary>
    public async Task<bool> RespondAsync(Uri responseUrl, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = Json(body) };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("response_url refused the reply with HTTP {Status}", (int)response.StatusCode);
        }

        return response.IsSuccessStatusCode;
    }

    private Task<JsonObject> CallAsync(string method, JsonObject body, CancellationToken cancellationToken) =>
        CallAsync(method, () => Json(body), cancellationToken);

    private async Task<JsonObject> CallAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await WaitWhilePausedAsync(method, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl, method)) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.BotToken);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                if (attempt >= options.MaxRateLimitRetries || wait > options.MaxRetryAfter)
                {
                    throw new SlackApiException(method, "ratelimited");
                }

                _pausedUntil[method] = time.GetUtcNow() + wait;
                logger.LogWarning("Slack rate limited {Method}; retrying in {Seconds} s", method, wait.TotalSeconds);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(method, $"HTTP {(int)response.StatusCode}");
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            JsonObject? result;
            try
            {
                result = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
                result = null;
            }

            if (result is null)
            {
                throw new SlackApiException(method, "malformed reply");
            }

            if (result["ok"]?.GetValue<bool>() != true)
            {
                throw new SlackApiException(method, result["error"]?.GetValue<string>() ?? "unknown_error");
            }

            return result;
        }
    }

    private async Task WaitWhilePausedAsync(string method, CancellationToken cancellationToken)
    {
        while (_pausedUntil.TryGetValue(method, out var until) && until > time.GetUtcNow())
        {
            var wait = until - time.GetUtcNow();
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static JsonObject Body(SlackMessage message) => new()
    {
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.DeepClone(),
    };

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
