using System.CommandLine;

namespace Bot.Host.Cli;

/// <summary>summary / who / why / timeline / sources, each readable or <c>--json</c>.</summary>
public static class StoryCommand
{
    public static Command Create(string name, string description, string? argumentName, string? argumentDescription)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command(name, description) { json };
        Argument<string[]>? argument = null;
        if (argumentName is not null)
        {
            argument = new Argument<string[]>(argumentName) { Description = argumentDescription, Arity = ArgumentArity.ZeroOrMore };
            command.Add(argument);
        }

        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async bot =>
        {
            var value = argument is null ? null : string.Join(' ', parse.GetValue(argument) ?? []);
            var reply = await bot.RunAsync(name, string.IsNullOrWhiteSpace(value) ? null : value, cancellationToken: cancellationToken);
            Console.Out.Write(parse.GetValue(json) ? ReplyJson.Serialize(reply) + "\n" : ReplyPrinter.Format(reply));
            return CliRunner.Ok;
        }));
        return command;
    }
}
