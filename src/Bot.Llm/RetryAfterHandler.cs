using System.Net;
using Microsoft.Extensions.Logging;

namespace Bot.Llm;

/// <summary>
/// Retries model calls that failed for a passing reason (429, 408, 5xx, a dropped connection), waiting as the
/// server's <c>retry-after-ms</c> / <c>Retry-After</c> asks, otherwise backing off exponentially with jitter. A server
/// that asks for longer than <see cref="MaxWait"/> is not waited for: the embedded engine answers instead.
/// </summary>
public sealed class RetryAfterHandler(int maxRetries, TimeProvider time, ILogger<RetryAfterHandler> logger) : DelegatingHandler
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan s_firstBackoff = TimeSpan.FromMilliseconds(500);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false); // so a retry can send it again
        }

        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (attempt < maxRetries && !cancellationToken.IsCancellationRequested)
            {
                var backoff = Backoff(attempt);
                logger.LogWarning("Model server unreachable ({Error}); retry {Attempt} of {Max} in {Wait} ms", ex.Message, attempt + 1, maxRetries, (int)backoff.TotalMilliseconds);
                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!IsTransient(response.StatusCode) || attempt >= maxRetries)
            {
                return response;
            }

            var wait = RetryAfter(response) ?? Backoff(attempt);
            if (wait > MaxWait)
            {
                logger.LogWarning("Model server answered {Status} and asks to wait {Wait} s; not retrying", (int)response.StatusCode, (int)wait.TotalSeconds);
                return response;
            }

            logger.LogWarning("Model server answered {Status}; retry {Attempt} of {Max} in {Wait} ms", (int)response.StatusCode, attempt + 1, maxRetries, (int)wait.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait a response asks for: OpenAI's <c>retry-after-ms</c>, else <c>Retry-After</c> in seconds or as a date.</summary>
    internal TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static TimeSpan Backoff(int attempt)
    {
        var baseDelay = s_firstBackoff * Math.Pow(2, attempt);
        return baseDelay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)(baseDelay.TotalMilliseconds / 4) + 1));
    }
}
