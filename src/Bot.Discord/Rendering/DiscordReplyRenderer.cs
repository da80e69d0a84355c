using System.Text.Json.Nodes;
using Bot.Core.Replies;

namespace Bot.Discord.Rendering;

/// <summary>
/// Renders a reply as Discord messages: the answer in an embed description, the numbered sources (quote and
/// article title) as fields, feedback buttons, and <c>allowed_mentions: {"parse": []}</c> on every message so
/// nothing in an answer can ping. Long replies continue in further messages, each within Discord's limits.
/// </summary>
public static class DiscordReplyRenderer
{
    public const string HelpfulPrefix = "fb:helpful:";
    public const string NotHelpfulPrefix = "fb:not_helpful:";
    public const string SourcesPrefix = "src:";
    private const int EmbedColor = 0x2B6CB0;

    public static IReadOnlyList<JsonObject> Render(BotReply reply, string replyId, bool ephemeral, bool withButtons = true)
    {
        var messages = new List<JsonObject>();
        var descriptions = TextSplitter.Split(reply.Text, DiscordLimits.Description);
        var sources = SourceFields(reply).ToList();
        for (var i = 0; i < descriptions.Count; i++)
        {
            var embed = new JsonObject { ["description"] = descriptions[i], ["color"] = EmbedColor };
            if (i == 0 && reply.Notes.Count > 0)
            {
                embed["footer"] = new JsonObject { ["text"] = TextSplitter.Clamp(string.Join(" ", reply.Notes), DiscordLimits.Footer) };
            }

            if (i == descriptions.Count - 1)
            {
                AddFields(embed, sources, descriptions[i].Length);
            }

            messages.Add(Message(embed, ephemeral));
        }

        // Sources that did not fit beside the last description go on in embeds of their own.
        while (sources.Count > 0)
        {
            var embed = new JsonObject { ["title"] = "Sources (continued)", ["color"] = EmbedColor };
            AddFields(embed, sources, 0);
            messages.Add(Message(embed, ephemeral));
        }

        if (withButtons && replyId.Length > 0)
        {
            messages[^1]["components"] = Buttons(replyId);
        }

        return messages;
    }

    /// <summary>Just the sources, for the "Show sources" button.</summary>
    public static IReadOnlyList<JsonObject> RenderSources(BotReply reply, bool ephemeral)
    {
        var sources = SourceFields(reply).ToList();
        if (sources.Count == 0)
        {
            return [Message(new JsonObject { ["description"] = "This answer cites no sources." }, ephemeral)];
        }

        var messages = new List<JsonObject>();
        while (sources.Count > 0)
        {
            var embed = new JsonObject { ["title"] = "Sources", ["color"] = EmbedColor };
            AddFields(embed, sources, 0);
            messages.Add(Message(embed, ephemeral));
        }

        return messages;
    }

    /// <summary>Plain text content for a partial (streamed) answer.</summary>
    public static JsonObject Partial(string text) => new()
    {
        ["content"] = TextSplitter.Clamp(text + " …", DiscordLimits.Content),
        ["allowed_mentions"] = NoMentions(),
    };

    public static JsonObject NoMentions() => new() { ["parse"] = new JsonArray() };

    private static IEnumerable<JsonObject> SourceFields(BotReply reply) =>
        reply.Citations.Select(c => new JsonObject
        {
            ["name"] = TextSplitter.Clamp($"[{c.Marker}] {c.Title}", DiscordLimits.FieldName),
            ["value"] = TextSplitter.Clamp($"“{c.Quote}”" + (string.IsNullOrEmpty(c.Url) ? "" : $"\n{c.Url}"), DiscordLimits.FieldValue),
        });

    // Fills the embed with as many sources as its 25 fields and 6,000 characters allow; the rest wait for the next.
    private static void AddFields(JsonObject embed, List<JsonObject> sources, int descriptionLength)
    {
        var used = descriptionLength + (embed["title"]?.GetValue<string>().Length ?? 0) + (embed["footer"]?["text"]?.GetValue<string>().Length ?? 0);
        var fields = new JsonArray();
        while (sources.Count > 0 && fields.Count < DiscordLimits.Fields)
        {
            var size = sources[0]["name"]!.GetValue<string>().Length + sources[0]["value"]!.GetValue<string>().Length;
            if (used + size > DiscordLimits.EmbedTotal)
            {
                break;
            }

            fields.Add(sources[0]);
            sources.RemoveAt(0);
            used += size;
        }

        if (fields.Count > 0)
        {
            embed["fields"] = fields;
        }
    }

    private static JsonObject Message(JsonObject embed, bool ephemeral)
    {
        var message = new JsonObject { ["embeds"] = new JsonArray(embed), ["allowed_mentions"] = NoMentions() };
        if (ephemeral)
        {
            message["flags"] = 64;
        }

        return message;
    }

    private static JsonArray Buttons(string replyId) => new(new JsonObject
    {
        ["type"] = 1,
        ["components"] = new JsonArray(
            Button("Helpful", 3, HelpfulPrefix + replyId),
            Button("Not helpful", 4, NotHelpfulPrefix + replyId),
            Button("Show sources", 2, SourcesPrefix + replyId)),
    });

    private static JsonObject Button(string label, int style, string customId) =>
        new() { ["type"] = 2, ["style"] = style, ["label"] = label, ["custom_id"] = customId };
}
