namespace Bot.Discord.Protocol.Rest;

/// <summary>
/// The answer of <c>GET /gateway/bot</c>: where to connect, the recommended shard count and the session start limit
/// (<c>max_concurrency</c> is how many shards may identify per 5-second window).
/// </summary>
public sealed record GatewayBotInfo(string Url, int Shards, int MaxConcurrency, int SessionStartsRemaining, TimeSpan SessionStartsResetAfter);
