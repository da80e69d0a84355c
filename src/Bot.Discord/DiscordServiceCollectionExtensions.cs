using Bot.Discord.Chat;
using Bot.Discord.Interactions;
using Bot.Discord.Protocol.Gateway;
using Bot.Discord.Protocol.Interactions;
using Bot.Discord.Protocol.Rest;
using Bot.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord adapter: validated <c>Discord__*</c> options, the REST client (rate limited), the interactions
    /// handler behind <see cref="DiscordEndpoints.MapDiscord"/>, and, when a bot token is set, the gateway chat.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<DiscordIdentity>();
        services.AddSingleton<DiscordConversations>();
        services.AddSingleton<DiscordInteractions>();
        services.AddSingleton<DiscordChat>();
        services.AddSingleton(sp =>
        {
            var discord = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return discord.InteractionsEnabled ? new InteractionSignatureVerifier(discord.PublicKey, sp.GetRequiredService<TimeProvider>()) : null!;
        });
        services.AddSingleton(_ => new OwnedHttpClient<DiscordRestClient>(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }));
        services.AddSingleton(sp =>
        {
            var discord = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            var restOptions = new DiscordRestOptions { BaseUrl = new Uri(discord.ApiBaseUrl.EndsWith('/') ? discord.ApiBaseUrl : discord.ApiBaseUrl + "/"), BotToken = discord.BotToken };
            return new DiscordRestClient(sp.GetRequiredService<OwnedHttpClient<DiscordRestClient>>().Client, restOptions, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DiscordRestClient>>());
        });

        if (!string.IsNullOrEmpty(configuration.GetSection(DiscordOptions.Section)[nameof(DiscordOptions.BotToken)]))
        {
            services.AddSingleton<IGatewayDispatchHandler>(sp => sp.GetRequiredService<DiscordChat>());
            services.AddDiscordGateway(sp =>
            {
                var discord = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
                return new GatewayOptions
                {
                    Token = discord.BotToken,
                    GatewayUrl = new Uri(discord.GatewayUrl),
                    Intents = GatewayIntents.Default | (discord.MessageContentIntent ? GatewayIntents.MessageContent : 0),
                    ShardId = discord.ShardId,
                    ShardCount = discord.ShardCount,
                };
            });
        }

        return services;
    }
}
