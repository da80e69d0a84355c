namespace Bot.Slack.Protocol;

/// <summary>Who the bot token belongs to (<c>auth.test</c>): the bot's user id is what mentions of it contain.</summary>
public sealed record AuthTestResult(string UserId, string? BotId, string? TeamId, string? User);
