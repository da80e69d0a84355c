namespace Bot.Slack.Protocol.SocketMode;

/// <summary>What one <c>apps.connections.open</c> call gave.</summary>
internal abstract record ConnectionsOpenResult
{
    private ConnectionsOpenResult()
    {
    }

    /// <summary>A fresh WebSocket URL to connect to.</summary>
    public sealed record Opened(Uri Url) : ConnectionsOpenResult;

    /// <summary>A transient failure: try again later, not before <paramref name="RetryAfter"/> if Slack said so.</summary>
    public sealed record Retry(string Error, TimeSpan? RetryAfter) : ConnectionsOpenResult;

    /// <summary>Slack refused the token or the account for good: retrying cannot help.</summary>
    public sealed record Unrecoverable(string Error) : ConnectionsOpenResult;
}
