using Bot.Engine;
using Bot.Llm;
using Microsoft.Extensions.Options;

namespace Bot.Host;

/// <summary>The engine for command-line use: configuration from the environment, validated options, warnings to stderr.</summary>
public static class BotServices
{
    public static ServiceProvider Create()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= LogLevel.Warning)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddStoryBotEngine(configuration).AddStoryBotAi(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false });
        _ = provider.GetRequiredService<IOptions<AiOptions>>().Value; // validates, throwing OptionsValidationException
        return provider;
    }
}
