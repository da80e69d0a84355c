namespace Bot.Slack.Inbound;

/// <summary>A message for the bot: a mention in a channel or a direct message.</summary>
public sealed record SlackChatMessage(string? EventId, string Channel, string User, string Ts, string? ThreadTs, string Text, bool IsDirect)
{
    /// <summary>Replies go in the thread the message started or belongs to.</summary>
    public string ReplyThreadTs => ThreadTs ?? Ts;
}

/// <summary>A slash command, from an HTTP form or a Socket Mode payload.</summary>
public sealed record SlackCommand(string Command, string Text, string UserId, string ChannelId, Uri? ResponseUrl);

/// <summary>A button press under one of the bot's messages.</summary>
public sealed record SlackAction(string ActionId, string Value, string UserId, string? ChannelId, Uri? ResponseUrl, string? ThreadTs);
