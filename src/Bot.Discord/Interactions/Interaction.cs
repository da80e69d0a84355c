using System.Text.Json;

namespace Bot.Discord.Interactions;

/// <summary>The parts of an interaction the bot uses, read from Discord's JSON in one place.</summary>
public sealed record Interaction(int Type, string Id, string Token, string? CommandName, IReadOnlyDictionary<string, JsonElement> Options, string? FocusedOption, string? CustomId, string UserId)
{
    public string? StringOption(string name) =>
        Options.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool? BoolOption(string name) =>
        Options.TryGetValue(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public static Interaction? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || !typeElement.TryGetInt32(out var type))
        {
            return null;
        }

        var options = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        string? focused = null;
        string? name = null;
        string? customId = null;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            name = Text(data, "name");
            customId = Text(data, "custom_id");
            if (data.TryGetProperty("options", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var option in list.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.Object))
                {
                    if (Text(option, "name") is { } optionName && option.TryGetProperty("value", out var value))
                    {
                        options[optionName] = value.Clone();
                        if (option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True)
                        {
                            focused = optionName;
                        }
                    }
                }
            }
        }

        // In a server the user is under member.user; in a DM, under user.
        var user = root.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object && member.TryGetProperty("user", out var mu) ? mu
            : root.TryGetProperty("user", out var u) ? u : default;
        return new Interaction(type, Text(root, "id") ?? "", Text(root, "token") ?? "", name, options, focused, customId, Text(user, "id") ?? "");
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
