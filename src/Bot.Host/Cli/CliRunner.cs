using Bot.Engine;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>Starts the engine for a command and turns configuration errors into a clear message and exit code 2.</summary>
public static class CliRunner
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int ConfigurationError = 2;

    public static async Task<int> RunAsync(Func<IStoryBot, Task<int>> action)
    {
        ServiceProvider services;
        try
        {
            services = BotServices.Create();
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures));
            return ConfigurationError;
        }

        await using (services)
        {
            return await action(services.GetRequiredService<IStoryBot>());
        }
    }
}
