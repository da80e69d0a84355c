namespace Bot.Slack.Protocol.SocketMode;

/// <summary>Settings of a <see cref="SocketModeClient"/>.</summary>
public sealed class SocketModeOptions
{
    /// <summary>
    /// The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>). It is sent only in the
    /// <c>Authorization: Bearer</c> header of <c>apps.connections.open</c> and never logged.
    /// </summary>
    public string AppToken { get; set; } = "";

    /// <summary>Base address of Slack's Web API; <c>apps.connections.open</c> is resolved against it.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>
    /// How long the handler may take before the envelope is acknowledged without a payload. Slack wants the ack
    /// within 3 s, so keep this comfortably below that.
    /// </summary>
    public TimeSpan AckDeadline { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>First reconnect delay; each further consecutive failure doubles it (with jitter).</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the reconnect delay.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(60);
}
