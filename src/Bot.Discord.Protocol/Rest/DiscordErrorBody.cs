using System.Text.Json;

namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// Discord's JSON error body: <c>{"code", "message", "errors"}</c>, and on a 429 <c>{"message", "retry_after",
/// "global", "code"?}</c>. Anything unparsable (a proxy's HTML page) yields an empty body, never an exception.
/// </summary>
internal sealed record DiscordErrorBody(int? Code, string? Message, string? Errors, TimeSpan? RetryAfter, bool Global)
{
    public static readonly DiscordErrorBody Empty = new(null, null, null, null, false);

    public static DiscordErrorBody Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            return new DiscordErrorBody(
                root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var number) ? number : null,
                root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null,
                root.TryGetProperty("errors", out var errors) ? errors.GetRawText() : null,
                root.TryGetProperty("retry_after", out var retry) && retry.ValueKind == JsonValueKind.Number && retry.TryGetDouble(out var seconds) && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null,
                root.TryGetProperty("global", out var global) && global.ValueKind == JsonValueKind.True);
        }
        catch (JsonException)
        {
            return Empty;
        }
    }
}
