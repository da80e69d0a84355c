using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Protocol.SocketMode;

/// <summary>Runs a <see cref="SocketModeClient"/> for the lifetime of the host.</summary>
public sealed class SocketModeService(SocketModeClient client, ILogger<SocketModeService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Slack Socket Mode service starting");
        await client.RunAsync(stoppingToken).ConfigureAwait(false);
        if (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Slack Socket Mode service stopped");
        }
        else
        {
            logger.LogError("Slack Socket Mode service stopped for good ({Reason}); no Slack events will arrive until the host restarts",
                client.StopReason);
        }
    }
}
