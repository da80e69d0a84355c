using Bot.Discord.Protocol.Gateway;
using Bot.Discord.Protocol.Tests.Gateway.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Discord.Protocol.Tests.Gateway;

public sealed class GatewayServiceTests
{
    [Fact]
    public async Task AddDiscordGateway_RunsTheClientAsAHostedService_AndClosesWith1000OnStop()
    {
        await using var gateway = await FakeGateway.StartAsync();
        var handler = new RecordingHandler();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IGatewayDispatchHandler>(handler);
        services.AddDiscordGateway(_ => new GatewayOptions { Token = GatewayHarness.Token, GatewayUrl = gateway.GatewayUrl });
        await using var provider = services.BuildServiceProvider();
        var service = Assert.IsType<GatewayService>(Assert.Single(provider.GetServices<IHostedService>()));

        await service.StartAsync(CancellationToken.None);
        await handler.WaitForAsync("READY");
        Assert.True(provider.GetRequiredService<GatewayClient>().IsReady);
        await service.StopAsync(CancellationToken.None);

        var connection = Assert.Single(gateway.Connections);
        await connection.Closed.WaitAsync(Eventually.Timeout);
        Assert.Equal(1000, connection.ClientCloseStatus);
    }
}
