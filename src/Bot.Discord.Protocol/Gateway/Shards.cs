namespace Bot.Discord.Protocol.Gateway;

/// <summary>Discord's sharding formula: <c>shard_id = (guild_id &gt;&gt; 22) % num_shards</c>.</summary>
public static class Shards
{
    public static int ShardFor(ulong guildId, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shardCount);
        return (int)((guildId >> 22) % (ulong)shardCount);
    }
}
