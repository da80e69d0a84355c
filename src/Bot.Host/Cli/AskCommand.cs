using System.CommandLine;
using Bot.Engine;

namespace Bot.Host.Cli;

/// <summary>
/// <c>ask "question"</c> prints a readable answer; <c>--json</c> prints one JSON object; <c>ask --json</c> with no
/// question answers stdin line by line, one JSON object per line, flushed as it goes.
/// </summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string[]>("question") { Description = "The question (quotes optional)", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print JSON; with no question, read one question per line from stdin" };
        var command = new Command("ask", "Answer a question about the story, with numbered sources.") { question, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var words = parse.GetValue(question) ?? [];
            var asJson = parse.GetValue(json);
            if (words.Length == 0 && asJson)
            {
                return CliRunner.RunAsync(bot => AnswerStdinAsync(bot, cancellationToken));
            }

            var text = string.Join(' ', words);
            if (string.IsNullOrWhiteSpace(text))
            {
                Console.Error.WriteLine("Usage: ask \"your question\"  (or: ask --json, reading questions from stdin)");
                Console.Error.WriteLine("Example: ask \"Who ordered the halt?\"");
                return Task.FromResult(CliRunner.UsageError);
            }

            return CliRunner.RunAsync(async bot =>
            {
                var reply = await bot.AskAsync(text, cancellationToken: cancellationToken);
                Console.Out.Write(asJson ? ReplyJson.Serialize(reply) + "\n" : ReplyPrinter.Format(reply));
                return CliRunner.Ok;
            });
        });
        return command;
    }

    private static async Task<int> AnswerStdinAsync(IStoryBot bot, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        while (await Console.In.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var reply = await bot.AskAsync(line, cancellationToken: cancellationToken);
            await output.WriteAsync(ReplyJson.Serialize(reply) + "\n");
            await output.FlushAsync(cancellationToken);
        }

        return CliRunner.Ok;
    }
}
