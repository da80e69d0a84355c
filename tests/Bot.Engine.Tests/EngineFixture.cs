using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Engine.Tests;

/// <summary>Builds the engine the way the host does, from configuration values.</summary>
public static class EngineFixture
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static ServiceProvider Create(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?> { ["Corpus:Path"] = Path.Combine(RepositoryRoot, "corpus") };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddStoryBotEngine(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Bot.sln not found");
    }
}
