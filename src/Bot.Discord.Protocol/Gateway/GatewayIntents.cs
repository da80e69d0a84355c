namespace Bot.Discord.Protocol.Gateway;

/// <summary>Gateway intent bits used by the bot (Discord docs, "List of Intents").</summary>
public static class GatewayIntents
{
    public const int Guilds = 1 << 0;

    public const int GuildMessages = 1 << 9;

    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: must be enabled in the Developer Portal, or the gateway closes with 4014.</summary>
    public const int MessageContent = 1 << 15;

    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES = 4609.</summary>
    public const int Default = Guilds | GuildMessages | DirectMessages;
}
