namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// Heartbeats for one connection: the first after <c>interval × jitter</c>, then every interval, on a fixed
/// schedule from the Hello. If no ACK arrived since the previous heartbeat when the next is due, the connection is
/// zombied and <see cref="RunAsync"/> returns.
/// </summary>
internal sealed class GatewayHeartbeat(TimeSpan interval, double jitter, TimeProvider time, Func<CancellationToken, Task> sendHeartbeatAsync)
{
    private int _acknowledged = 1;

    public bool IsAcknowledged => Volatile.Read(ref _acknowledged) == 1;

    public void Acknowledge() => Volatile.Write(ref _acknowledged, 1);

    /// <summary>Answers the gateway's op 1 at once, outside the schedule.</summary>
    public async Task BeatNowAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _acknowledged, 0);
        await sendHeartbeatAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Beats until cancelled; returns when the connection is found zombied.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var due = interval * jitter;
        while (true)
        {
            var wait = due - time.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            if (!IsAcknowledged)
            {
                return;
            }

            await BeatNowAsync(cancellationToken).ConfigureAwait(false);
            due += interval;
        }
    }
}
