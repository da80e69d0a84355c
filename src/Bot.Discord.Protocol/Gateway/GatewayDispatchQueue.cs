using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// Hands dispatches to the <see cref="IGatewayDispatchHandler"/> in order on its own loop, so a slow handler never
/// holds up the receive loop (and with it heartbeat ACKs). A handler's exception is logged and the next event goes on.
/// </summary>
internal sealed class GatewayDispatchQueue(IGatewayDispatchHandler handler, ILogger logger)
{
    private readonly Channel<(string EventName, JsonElement Data)> _events =
        Channel.CreateUnbounded<(string, JsonElement)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    public void Enqueue(string eventName, JsonElement data) => _events.Writer.TryWrite((eventName, data));

    public void Complete() => _events.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (eventName, data) in _events.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await handler.HandleAsync(eventName, data, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "The gateway dispatch handler failed on {EventName}; the connection carries on", eventName);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
