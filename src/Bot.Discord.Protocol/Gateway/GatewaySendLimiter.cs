namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// Keeps one connection under Discord's 120 events per 60 s (capped at 115 here). Ordinary sends wait for room;
/// priority sends (heartbeats, Identify, Resume) never wait but are counted, so the margin keeps them under 120.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = GatewaySendLimiter.DefaultLimit, TimeSpan? window = null)
{
    public const int DefaultLimit = 115;

    private readonly Queue<long> _sent = new();
    private readonly Lock _lock = new();
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);

    public async Task WaitAsync(bool priority, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetTimestamp();
                while (_sent.Count > 0 && time.GetElapsedTime(_sent.Peek(), now) >= _window)
                {
                    _sent.Dequeue();
                }

                if (priority || _sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _window - time.GetElapsedTime(_sent.Peek(), now);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
