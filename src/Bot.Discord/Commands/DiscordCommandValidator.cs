using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Discord.Commands;

/// <summary>
/// Checks application commands against Discord's rules before they are sent: lowercase names of 1–32 allowed
/// characters, descriptions of 1–100, at most 25 options with required ones first, at most 25 choices and never
/// together with autocomplete, and at most 8,000 characters per command.
/// </summary>
public static partial class DiscordCommandValidator
{
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex Name();

    public static IReadOnlyList<string> Validate(JsonArray commands)
    {
        var errors = new List<string>();
        if (commands.Count > 100)
        {
            errors.Add($"{commands.Count} commands; Discord allows 100 global slash commands.");
        }

        foreach (var command in commands.OfType<JsonObject>())
        {
            var name = command["name"]?.GetValue<string>() ?? "";
            CheckName(errors, name, "command");
            CheckDescription(errors, command["description"]?.GetValue<string>(), $"/{name}");
            var options = command["options"] as JsonArray ?? [];
            if (options.Count > 25)
            {
                errors.Add($"/{name}: {options.Count} options; at most 25.");
            }

            var seenOptional = false;
            foreach (var option in options.OfType<JsonObject>())
            {
                var optionName = option["name"]?.GetValue<string>() ?? "";
                CheckName(errors, optionName, $"/{name} option");
                CheckDescription(errors, option["description"]?.GetValue<string>(), $"/{name} {optionName}");
                var required = option["required"]?.GetValue<bool>() == true;
                if (required && seenOptional)
                {
                    errors.Add($"/{name}: required option '{optionName}' comes after an optional one.");
                }

                seenOptional |= !required;
                var choices = option["choices"] as JsonArray;
                if (choices is { Count: > 25 })
                {
                    errors.Add($"/{name} {optionName}: {choices.Count} choices; at most 25.");
                }

                if (choices is { Count: > 0 } && option["autocomplete"]?.GetValue<bool>() == true)
                {
                    errors.Add($"/{name} {optionName}: choices and autocomplete can't be used together.");
                }
            }

            var size = TextLength(command);
            if (size > 8000)
            {
                errors.Add($"/{name}: {size} characters of names, descriptions and choices; at most 8,000.");
            }
        }

        return errors;
    }

    private static void CheckName(List<string> errors, string name, string what)
    {
        if (!Name().IsMatch(name) || name != name.ToLowerInvariant())
        {
            errors.Add($"{what} name '{name}' must be 1–32 lowercase letters, digits, '-', '_' or '\\''.");
        }
    }

    private static void CheckDescription(List<string> errors, string? description, string what)
    {
        if (description is null || description.Length is < 1 or > 100)
        {
            errors.Add($"{what}: description must be 1–100 characters (got {description?.Length ?? 0}).");
        }
    }

    // Discord counts names, descriptions and choice names/values towards the 8,000.
    private static int TextLength(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => p.Key is "name" or "description" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s.Length : TextLength(p.Value)),
        JsonArray a => a.Sum(TextLength),
        _ => 0,
    };
}
