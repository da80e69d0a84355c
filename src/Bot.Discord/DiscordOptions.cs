namespace Bot.Discord;

/// <summary>
/// Discord settings (<c>Discord__*</c>). The interactions endpoint needs the public key; the gateway (chat), command
/// registration and follow-up edits need the bot token and application id.
/// </summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    public string PublicKey { get; set; } = "";

    public string ApplicationId { get; set; } = "";

    public string BotToken { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10/";

    public string GatewayUrl { get; set; } = "wss://gateway.discord.gg";

    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;

    /// <summary>Also read messages that don't mention the bot (privileged MESSAGE_CONTENT intent, enabled in the portal).</summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>Slash command answers visible only to the asker unless they choose otherwise.</summary>
    public bool EphemeralByDefault { get; set; }

    public bool InteractionsEnabled => PublicKey.Length > 0;

    public bool GatewayEnabled => BotToken.Length > 0;

    public override string ToString() => $"ApplicationId={ApplicationId}, PublicKey={PublicKey}, BotToken={(BotToken.Length == 0 ? "(none)" : "***")}";
}
