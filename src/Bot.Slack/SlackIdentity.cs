namespace Bot.Slack;

/// <summary>Who the bot is in the workspace, learned from <c>auth.test</c> at start-up.</summary>
public sealed class SlackIdentity
{
    public string? BotUserId { get; set; }

    public string? BotId { get; set; }

    /// <summary>Whether a <c>&lt;@U…&gt;</c> mention names the bot; before auth.test answers, any mention might.</summary>
    public bool IsBotMention(string mention) => BotUserId is null || mention.StartsWith($"<@{BotUserId}", StringComparison.Ordinal);
}
