using System.Text.Json.Nodes;
using Bot.Core.Replies;

namespace Bot.Discord.Commands;

/// <summary>
/// The application commands, built from <see cref="ReplyCommands.All"/> so Discord's command list can't drift from
/// the bot: <c>/ask question</c>, <c>/summary [topic]</c>, <c>/who [name]</c> (autocompleted from the story's actors),
/// <c>/why [decision]</c>, <c>/timeline</c>, <c>/sources</c>; each with a <c>private</c> option for an answer only the
/// asker sees.
/// </summary>
public static class DiscordCommandSet
{
    public const string PrivateOption = "private";
    private const int StringType = 3;
    private const int BooleanType = 5;

    private static readonly Dictionary<string, (string Description, string? Option, string? OptionDescription, bool Required)> s_commands = new()
    {
        [ReplyCommands.Ask] = ("Ask a question about the story, answered with cited quotes", "question", "Your question", true),
        [ReplyCommands.Summary] = ("A short cited brief of the story", "topic", "Optional topic to focus on", false),
        [ReplyCommands.Who] = ("Who is involved: roles and what each decided or said", "name", "A person, title or group", false),
        [ReplyCommands.Why] = ("The stated reasons for a decision, and what is not public", "decision", "Optional decision or topic", false),
        [ReplyCommands.Timeline] = ("Events in order, with their time cues", null, null, false),
        [ReplyCommands.Sources] = ("The articles the bot answers from", null, null, false),
    };

    /// <summary>The option a command's argument arrives in (null for commands without one).</summary>
    public static string? ArgumentOption(string command) => s_commands.TryGetValue(command, out var c) ? c.Option : null;

    public static JsonArray Build()
    {
        var commands = new JsonArray();
        foreach (var name in ReplyCommands.All)
        {
            var (description, option, optionDescription, required) = s_commands[name];
            var options = new JsonArray();
            if (option is not null)
            {
                var argument = new JsonObject { ["type"] = StringType, ["name"] = option, ["description"] = optionDescription, ["required"] = required, ["max_length"] = 1000 };
                if (name == ReplyCommands.Who)
                {
                    argument["autocomplete"] = true;
                }

                options.Add(argument);
            }

            options.Add(new JsonObject { ["type"] = BooleanType, ["name"] = PrivateOption, ["description"] = "Only you see the answer", ["required"] = false });
            commands.Add(new JsonObject
            {
                ["name"] = name,
                ["type"] = 1,
                ["description"] = description,
                ["options"] = options,
                ["contexts"] = new JsonArray(0, 1, 2),
                ["integration_types"] = new JsonArray(0),
            });
        }

        return commands;
    }
}
