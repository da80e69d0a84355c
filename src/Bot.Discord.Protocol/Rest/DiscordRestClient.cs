using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// Discord's REST API with its rate limits kept (discord.com/developers/docs/topics/rate-limits): per-route buckets
/// learned from the <c>X-RateLimit-*</c> headers, one per top-level resource; 429s waited out and retried (a global
/// one pauses every bot route); the 50 requests per second global limit kept locally, interaction and webhook-token
/// routes exempt; 5xx retried with a bounded backoff; 401, 403 and 429 counted as invalid requests.
/// Failures surface as <see cref="DiscordApiException"/>.
/// </summary>
public sealed partial class DiscordRestClient(HttpClient http, DiscordRestOptions options, TimeProvider time, ILogger<DiscordRestClient> logger)
{
    private static readonly TimeSpan s_firstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan s_defaultRetryAfter = TimeSpan.FromSeconds(1);

    private readonly Uri _baseUrl = options.BaseUrl.AbsoluteUri.EndsWith('/') ? options.BaseUrl : new Uri(options.BaseUrl.AbsoluteUri + "/");
    private readonly RateLimitBuckets _buckets = new();
    private readonly GlobalRateLimiter _global = new(time, options.GlobalRequestsPerSecond);
    private int _invalidRequests;

    /// <summary>Responses with 401, 403 or 429 (except 429s of scope <c>shared</c>): Discord bans IPs that make too many.</summary>
    public int InvalidRequests => Volatile.Read(ref _invalidRequests);

    /// <summary>
    /// Sends <paramref name="body"/> (as JSON, when given) to <paramref name="route"/>, relative to the base URL
    /// (e.g. <c>channels/123/messages</c>), and returns the parsed answer, or <c>default</c> for an empty one (204).
    /// </summary>
    public async Task<JsonElement> SendAsync(HttpMethod method, string route, JsonNode? body, CancellationToken cancellationToken)
    {
        var target = DiscordRoute.Parse(method, route);
        var payload = body?.ToJsonString();
        var bucket = await _buckets.EnterAsync(target, cancellationToken).ConfigureAwait(false);
        try
        {
            for (var retries = 0; ; retries++)
            {
                await WaitForBucketAsync(target, cancellationToken).ConfigureAwait(false);
                if (!target.ExemptFromGlobalLimit)
                {
                    await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                using var response = await SendOnceAsync(method, target, payload, cancellationToken).ConfigureAwait(false);
                var now = time.GetUtcNow();
                var headers = RateLimitHeaders.Read(response, now);
                if (headers.Bucket is not null)
                {
                    _buckets.Learn(target, headers.Bucket).Update(headers.Remaining, headers.ResetAfter, now);
                }

                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return string.IsNullOrWhiteSpace(text) ? default : Parse(text);
                }

                var error = DiscordErrorBody.Parse(text);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    RateLimited(target, headers, error, retries, now);
                }
                else if ((int)response.StatusCode >= 500 && retries < options.MaxRetries)
                {
                    var backoff = Backoff(retries);
                    logger.LogWarning("Discord {Route} answered HTTP {Status}; retrying in {Seconds} s", target.Redacted, (int)response.StatusCode, backoff.TotalSeconds);
                    await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    throw Refused(target, response.StatusCode, error);
                }
            }
        }
        finally
        {
            bucket.Exit();
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, DiscordRoute target, string? payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, target.RelativeUri));
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        if (!target.UsesToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.BotToken);
        }

        if (payload is not null)
        {
            request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitForBucketAsync(DiscordRoute target, CancellationToken cancellationToken)
    {
        // Asks the bucket each time: the route may learn its hash (and so its real bucket) between attempts.
        for (var wait = _buckets.For(target).WaitAt(time.GetUtcNow()); wait > TimeSpan.Zero; wait = _buckets.For(target).WaitAt(time.GetUtcNow()))
        {
            logger.LogDebug("Discord {Route} waits {Seconds} s for its rate limit bucket to reset", target.Redacted, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A 429: counts it, pauses the bucket (or every bot route, when global) for its retry_after, or gives up.</summary>
    private void RateLimited(DiscordRoute target, RateLimitHeaders headers, DiscordErrorBody error, int retries, DateTimeOffset now)
    {
        var shared = string.Equals(headers.Scope, "shared", StringComparison.OrdinalIgnoreCase);
        if (!shared)
        {
            CountInvalid(target, HttpStatusCode.TooManyRequests);
        }

        var global = headers.Global || error.Global || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase);
        var wait = error.RetryAfter ?? headers.RetryAfter ?? headers.ResetAfter ?? s_defaultRetryAfter;
        if (retries >= options.MaxRetries || wait > options.MaxRetryAfter)
        {
            throw Refused(target, HttpStatusCode.TooManyRequests, error);
        }

        logger.LogWarning(
            "Discord rate limited {Route} ({Scope}{Global}); retrying in {Seconds} s",
            target.Redacted, headers.Scope ?? "unknown scope", global ? ", global" : "", wait.TotalSeconds);
        if (global)
        {
            _global.Pause(now + wait);
        }

        _buckets.For(target).Exhaust(now + wait);
    }

    private DiscordApiException Refused(DiscordRoute target, HttpStatusCode status, DiscordErrorBody error)
    {
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            CountInvalid(target, status);
        }

        return new DiscordApiException(status, error.Code, error.Message ?? status.ToString(), target.Redacted, error.Errors);
    }

    private void CountInvalid(DiscordRoute target, HttpStatusCode status)
    {
        var count = Interlocked.Increment(ref _invalidRequests);
        logger.LogWarning("Discord {Route} answered HTTP {Status}: invalid request #{Count} (Discord bans IPs after 10,000 in 10 minutes)", target.Redacted, (int)status, count);
    }

    private static TimeSpan Backoff(int retries)
    {
        var backoff = s_firstBackoff * Math.Pow(2, Math.Min(retries, 10));
        return backoff < s_maxBackoff ? backoff : s_maxBackoff;
    }

    private static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
