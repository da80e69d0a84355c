using System.Text.Json;
using Bot.Discord.Protocol.Rest;

namespace Bot.Discord.Commands;

/// <summary>
/// Registers the command set with one bulk overwrite (<c>PUT</c>): globally, or in one guild for instant updates
/// while developing. The set is validated against Discord's rules first; nothing is sent when it fails.
/// </summary>
public static class DiscordCommandRegistrar
{
    public static async Task<IReadOnlyList<string>> RegisterAsync(DiscordRestClient rest, string applicationId, string? guildId, CancellationToken cancellationToken)
    {
        var commands = DiscordCommandSet.Build();
        var errors = DiscordCommandValidator.Validate(commands);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The command set breaks Discord's rules: " + string.Join(" ", errors));
        }

        var registered = await rest.BulkOverwriteCommandsAsync(applicationId, guildId, commands, cancellationToken).ConfigureAwait(false);
        return registered.ValueKind == JsonValueKind.Array
            ? registered.EnumerateArray().Select(c => c.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "").ToArray()
            : commands.Select(c => c!["name"]!.GetValue<string>()).ToArray();
    }
}
