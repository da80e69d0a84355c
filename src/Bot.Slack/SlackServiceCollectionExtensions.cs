using Bot.Engine;
using Bot.Slack.Protocol;
using Bot.Slack.Protocol.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack adapter: validated <c>Slack__*</c> options, the Web API client, the handlers behind the HTTP
    /// endpoints (<see cref="SlackEndpoints.MapSlack"/>), and, when tokens are set, <c>auth.test</c> at start-up and
    /// the Socket Mode connection.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SlackIdentity>();
        services.AddSingleton<ResponseUrlBudget>();
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<SlackThreads>();
        services.AddSingleton<SlackAnswerPoster>();
        services.AddSingleton<SlackResponder>();
        services.AddSingleton<SlackEvents>();
        services.AddSingleton<SlackCommands>();
        services.AddSingleton<SlackActions>();
        services.AddSingleton<SlackSocketModeHandler>();

        services.AddSingleton(sp =>
        {
            var slack = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
            return new SlackApiOptions { BaseUrl = new Uri(slack.ApiBaseUrl.EndsWith('/') ? slack.ApiBaseUrl : slack.ApiBaseUrl + "/"), BotToken = slack.BotToken };
        });
        services.AddSingleton(_ => new OwnedHttpClient<SlackApiClient>(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }));
        services.AddSingleton(sp => new SlackApiClient(
            sp.GetRequiredService<OwnedHttpClient<SlackApiClient>>().Client,
            sp.GetRequiredService<SlackApiOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SlackApiClient>>()));

        var section = configuration.GetSection(SlackOptions.Section);
        if (!string.IsNullOrEmpty(section[nameof(SlackOptions.BotToken)]))
        {
            services.AddHostedService<SlackStartupService>();
        }

        if (!string.IsNullOrEmpty(section[nameof(SlackOptions.AppToken)]))
        {
            services.AddSingleton(sp =>
            {
                var slack = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
                return new SocketModeClient(
                    sp.GetRequiredService<OwnedHttpClient<SlackApiClient>>().Client,
                    sp.GetRequiredService<SlackSocketModeHandler>(),
                    new SocketModeOptions { AppToken = slack.AppToken, ApiBaseUrl = sp.GetRequiredService<SlackApiOptions>().BaseUrl },
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<SocketModeClient>>());
            });
            services.AddHostedService<SocketModeService>();
        }

        return services;
    }
}
