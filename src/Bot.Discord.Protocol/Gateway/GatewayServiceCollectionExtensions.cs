using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Protocol.Gateway;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="GatewayClient"/> (singleton) and the <see cref="GatewayService"/> that runs it. An
    /// <see cref="IGatewayDispatchHandler"/> must be registered by the caller.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, Func<IServiceProvider, GatewayOptions> options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new GatewayClient(
            options(sp),
            sp.GetRequiredService<IGatewayDispatchHandler>(),
            sp.GetRequiredService<ILogger<GatewayClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<GatewayService>();
        return services;
    }
}
