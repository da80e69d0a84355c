namespace Bot.Slack.Protocol;

/// <summary>Where the Web API lives (tests point it at a loopback stand-in) and the bot token that signs calls.</summary>
public sealed class SlackApiOptions
{
    public Uri BaseUrl { get; set; } = new("https://slack.com/api/");

    public string BotToken { get; set; } = "";

    /// <summary>How many times a call rate limited with 429 is retried after its <c>Retry-After</c>.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>Longest <c>Retry-After</c> honoured; a longer one fails the call instead of stalling the bot.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
