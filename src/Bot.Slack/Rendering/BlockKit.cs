using System.Text.Json.Nodes;

namespace Bot.Slack.Rendering;

/// <summary>
/// Builds the Block Kit JSON the renderer uses. Text handed to <see cref="Mrkdwn"/> must already be escaped; mrkdwn
/// objects are <c>verbatim</c>, so Slack links nothing on its own and only the renderer's explicit links are links.
/// </summary>
internal static class BlockKit
{
    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(mrkdwn),
    };

    public static JsonObject Context(IEnumerable<string> mrkdwnElements)
    {
        var elements = new JsonArray();
        foreach (var text in mrkdwnElements)
        {
            elements.Add(Mrkdwn(text));
        }

        if (elements.Count is 0 or > SlackLimits.MaxContextElements)
        {
            throw new ArgumentException(
                $"A context block holds 1 to {SlackLimits.MaxContextElements} elements.", nameof(mrkdwnElements));
        }

        return new JsonObject { ["type"] = "context", ["elements"] = elements };
    }

    public static JsonObject Actions(IEnumerable<JsonObject> elements) => new()
    {
        ["type"] = "actions",
        ["elements"] = new JsonArray([.. elements]),
    };

    /// <summary>A button; <paramref name="value"/> is left out when empty.</summary>
    public static JsonObject Button(string text, string actionId, string value)
    {
        if (text.Length is 0 or > SlackLimits.MaxButtonTextChars)
        {
            throw new ArgumentException($"Button text is 1 to {SlackLimits.MaxButtonTextChars} characters.", nameof(text));
        }

        if (actionId.Length is 0 or > SlackLimits.MaxActionIdChars)
        {
            throw new ArgumentException($"An action_id is 1 to {SlackLimits.MaxActionIdChars} characters.", nameof(actionId));
        }

        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true },
            ["action_id"] = actionId,
        };
        if (value.Length > 0)
        {
            button["value"] = value;
        }

        return button;
    }

    private static JsonObject Mrkdwn(string text)
    {
        if (text.Length is 0 or > SlackLimits.MaxTextObjectChars)
        {
            throw new ArgumentException($"A text object holds 1 to {SlackLimits.MaxTextObjectChars} characters.", nameof(text));
        }

        return new JsonObject { ["type"] = "mrkdwn", ["text"] = text, ["verbatim"] = true };
    }
}
