namespace Bot.Discord;

/// <summary>The bot's own user id, learned from the gateway's READY.</summary>
public sealed class DiscordIdentity
{
    public string? BotUserId { get; set; }
}
