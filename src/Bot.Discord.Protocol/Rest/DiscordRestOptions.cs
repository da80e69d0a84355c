namespace Bot.Discord.Protocol.Rest;

/// <summary>Where the REST API lives (tests point it at a loopback stand-in), the bot token and the retry budget.</summary>
public sealed class DiscordRestOptions
{
    /// <summary>The versioned API root; must end with <c>/</c> so routes resolve beneath it.</summary>
    public Uri BaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>Sent as <c>Authorization: Bot &lt;token&gt;</c> on every route except webhook-token and interaction routes.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Discord's documented form: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public string UserAgent { get; set; } = "DiscordBot (https://github.com/storybot, 1.0)";

    /// <summary>How many times one call is retried after a 429 or a 5xx before it fails.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// The documented global limit (50 requests per second per bot); Discord may raise it for large bots, so it is a
    /// setting rather than a constant. Interaction and webhook-token routes do not count against it.
    /// </summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Longest 429 wait honoured; a longer one (shared resource limits can ask for many minutes) fails the call.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
