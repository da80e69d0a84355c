using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Bot.Slack.Protocol.SocketMode;

namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>A handler whose behaviour each test sets; it records every envelope it was given.</summary>
public sealed class ScriptedHandler : ISocketModeHandler
{
    private readonly ConcurrentQueue<SocketModeEnvelope> _seen = new();
    private int _finished;

    public Func<SocketModeEnvelope, CancellationToken, Task<JsonObject?>> Behaviour { get; set; } =
        (_, _) => Task.FromResult<JsonObject?>(null);

    public IReadOnlyList<SocketModeEnvelope> Seen => [.. _seen];

    /// <summary>How many calls have returned or thrown.</summary>
    public int Finished => Volatile.Read(ref _finished);

    public async Task<JsonObject?> HandleAsync(SocketModeEnvelope envelope, CancellationToken cancellationToken)
    {
        _seen.Enqueue(envelope);
        try
        {
            return await Behaviour(envelope, cancellationToken);
        }
        finally
        {
            Interlocked.Increment(ref _finished);
        }
    }
}
