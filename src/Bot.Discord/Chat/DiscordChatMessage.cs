using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Discord.Chat;

/// <summary>A message for the bot from the gateway: a mention in a server channel or thread, or a direct message.</summary>
public sealed partial record DiscordChatMessage(string Id, string ChannelId, string? GuildId, string AuthorId, string Question, string? ReferencedMessageId)
{
    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex UserMention();

    /// <summary>
    /// Maps <c>MESSAGE_CREATE</c> to a question, or null when the bot must not answer: bots, webhooks, its own
    /// messages, and server messages that don't mention it.
    /// </summary>
    public static DiscordChatMessage? From(JsonElement data, string? botUserId)
    {
        if (data.ValueKind != JsonValueKind.Object || data.TryGetProperty("webhook_id", out _) || !data.TryGetProperty("author", out var author))
        {
            return null;
        }

        var authorId = Text(author, "id");
        var isBot = author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True;
        var id = Text(data, "id");
        var channel = Text(data, "channel_id");
        if (isBot || authorId is null || authorId == botUserId || id is null || channel is null)
        {
            return null;
        }

        var guild = Text(data, "guild_id");
        var content = Text(data, "content") ?? "";
        var mentioned = botUserId is not null && data.TryGetProperty("mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array
            && mentions.EnumerateArray().Any(m => Text(m, "id") == botUserId);
        if (guild is not null && !mentioned)
        {
            return null;
        }

        var question = UserMention().Replace(content, m => m.Groups[1].Value == botUserId ? " " : "someone").Trim();
        var referenced = data.TryGetProperty("message_reference", out var reference) ? Text(reference, "message_id") : null;
        return question.Length == 0 ? null : new DiscordChatMessage(id, channel, guild, authorId, question, referenced);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
