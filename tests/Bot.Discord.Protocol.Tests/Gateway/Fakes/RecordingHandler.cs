using System.Collections.Concurrent;
using System.Text.Json;
using Bot.Discord.Protocol.Gateway;

namespace Bot.Discord.Protocol.Tests.Gateway.Fakes;

/// <summary>Records every dispatch; <see cref="OnEvent"/> can throw or block to test what the client does then.</summary>
public sealed class RecordingHandler : IGatewayDispatchHandler
{
    private readonly ConcurrentQueue<HandledEvent> _events = new();

    public Func<string, JsonElement, Task>? OnEvent { get; set; }

    public Func<int?>? SequenceProbe { get; set; }

    public IReadOnlyList<HandledEvent> Events => [.. _events];

    public async Task HandleAsync(string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        _events.Enqueue(new HandledEvent(eventName, data, SequenceProbe?.Invoke()));
        if (OnEvent is { } onEvent)
        {
            await onEvent(eventName, data);
        }
    }

    public async Task<HandledEvent> WaitForAsync(string eventName)
    {
        await Eventually.TrueAsync(() => Events.Any(e => e.Name == eventName), $"{eventName} never reached the handler");
        return Events.First(e => e.Name == eventName);
    }
}

/// <summary>A dispatch as the handler saw it, with the client's sequence at that moment.</summary>
public sealed record HandledEvent(string Name, JsonElement Data, int? SequenceAtCall);
