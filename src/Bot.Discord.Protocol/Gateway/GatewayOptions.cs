namespace Bot.Discord.Protocol.Gateway;

/// <summary>How the gateway client identifies: the bot token, where to connect, intents and shard.</summary>
public sealed class GatewayOptions
{
    /// <summary>The bot token sent in Identify and Resume. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>
    /// The gateway URL (normally the <c>url</c> from <c>GET /gateway/bot</c>, cached). <c>?v=10&amp;encoding=json</c>
    /// is added when connecting.
    /// </summary>
    public Uri GatewayUrl { get; set; } = new("wss://gateway.discord.gg");

    /// <summary>
    /// The intents bitfield, <see cref="GatewayIntents.Default"/> unless configured. Add
    /// <see cref="GatewayIntents.MessageContent"/> only when it is enabled for the app in the Developer Portal, or the
    /// gateway closes with 4014.
    /// </summary>
    public int Intents { get; set; } = GatewayIntents.Default;

    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;
}
