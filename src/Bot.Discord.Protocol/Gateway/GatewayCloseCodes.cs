namespace Bot.Discord.Protocol.Gateway;

/// <summary>What a close code means for the next connection (Discord docs, "Gateway Close Event Codes").</summary>
internal enum GatewayCloseAction
{
    /// <summary>Reconnect to <c>resume_gateway_url</c> and Resume (4000 and other reconnectable codes, 1006, none).</summary>
    Resume,

    /// <summary>Reconnect to the gateway URL and Identify a new session (4007 invalid seq, 4009 session timed out).</summary>
    Identify,

    /// <summary>Do not reconnect: the configuration must change first.</summary>
    Stop,
}

internal static class GatewayCloseCodes
{
    /// <summary>Sent by the client when it drops a connection it means to resume: anything but 1000/1001 keeps the session.</summary>
    public const int ClientResuming = 4000;

    /// <summary>Sent by the client when the session is over (invalid session, shutdown): invalidates it.</summary>
    public const int ClientNormal = 1000;

    public static GatewayCloseAction ActionFor(int? closeCode) => closeCode switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayCloseAction.Stop,
        4007 or 4009 => GatewayCloseAction.Identify,
        _ => GatewayCloseAction.Resume,
    };

    public static string Describe(int? closeCode) => closeCode switch
    {
        null => "no close code (connection dropped)",
        4000 => "4000 unknown error",
        4001 => "4001 unknown opcode",
        4002 => "4002 decode error",
        4003 => "4003 not authenticated",
        4004 => "4004 authentication failed: the bot token is invalid",
        4005 => "4005 already authenticated",
        4007 => "4007 invalid seq when resuming",
        4008 => "4008 rate limited",
        4009 => "4009 session timed out",
        4010 => "4010 invalid shard",
        4011 => "4011 sharding required: the bot is in too many guilds for one shard",
        4012 => "4012 invalid API version",
        4013 => "4013 invalid intents",
        4014 => "4014 disallowed intents: a privileged intent (e.g. MESSAGE_CONTENT) is not enabled for this app in the Developer Portal",
        _ => closeCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
