using Microsoft.Extensions.Hosting;

namespace Bot.Discord.Protocol.Gateway;

/// <summary>
/// Keeps the <see cref="GatewayClient"/> connected for the life of the host. After a fatal close code the client
/// has logged it and exposes <see cref="GatewayClient.FatalError"/>; the host itself keeps running.
/// </summary>
public sealed class GatewayService(GatewayClient client) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
