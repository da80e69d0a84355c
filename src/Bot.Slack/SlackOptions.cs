namespace Bot.Slack;

/// <summary>
/// Slack settings (<c>Slack__*</c>). HTTP mode needs the signing secret; Socket Mode needs the app-level token
/// (<c>xapp-…</c>); both need the bot token (<c>xoxb-…</c>) to post.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";
    public const string Ephemeral = "ephemeral";
    public const string InChannel = "in_channel";

    public string SigningSecret { get; set; } = "";

    public string BotToken { get; set; } = "";

    public string AppToken { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>How slash command answers appear: <c>ephemeral</c> (only the asker, with a Share button) or <c>in_channel</c>.</summary>
    public string CommandResponseType { get; set; } = Ephemeral;

    public bool HttpEnabled => SigningSecret.Length > 0;

    public bool SocketModeEnabled => AppToken.Length > 0;

    public override string ToString() =>
        $"SigningSecret={Mask(SigningSecret)}, BotToken={Mask(BotToken)}, AppToken={Mask(AppToken)}, ApiBaseUrl={ApiBaseUrl}";

    private static string Mask(string secret) => secret.Length == 0 ? "(none)" : "***";
}
