namespace Bot.Slack.Protocol;

/// <summary>Slack answered <c>{"ok": false, "error": ...}</c>, or a call failed for good (e.g. still rate limited).</summary>
public sealed class SlackApiException(string method, string error) : Exception($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;

    public string Error { get; } = error;
}
