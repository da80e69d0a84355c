using System.Text.Json;

namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// Receives gateway dispatches (op 0) such as <c>MESSAGE_CREATE</c>. Must return quickly: slow work is started,
/// not awaited, so heartbeats are never delayed.
/// </summary>
public interface IGatewayDispatchHandler
{
    Task HandleAsync(string eventName, JsonElement data, CancellationToken cancellationToken);
}
