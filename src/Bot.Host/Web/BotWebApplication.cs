using Bot.Discord;
using Bot.Engine;
using Bot.Llm;
using Bot.Slack;

namespace Bot.Host.Web;

/// <summary>The HTTP host, as a table of contents: engine, corpus reloading, endpoints.</summary>
public static class BotWebApplication
{
    public static WebApplication Create(string[] args, string? urls = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Services.AddStoryBotEngine(builder.Configuration).AddStoryBotAi(builder.Configuration);
        builder.Services.AddHostedService<CorpusWatcherService>();
        builder.Services.AddSlack(builder.Configuration);
        builder.Services.AddDiscord(builder.Configuration);

        var app = builder.Build();
        app.MapHealth();
        app.MapAskApi();
        app.MapSlack();
        app.MapDiscord();
        return app;
    }
}
