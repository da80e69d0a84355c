using System.CommandLine;
using Bot.Answering;
using Bot.Core.Replies;

namespace Bot.Host.Cli;

/// <summary>
/// An interactive session: each line is a question, and follow-ups ("and why did he do it?") resolve against
/// the conversation. Lines starting with "/" run commands (/summary, /who, /why, /timeline, /sources, /quit).
/// </summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var command = new Command("chat", "Chat about the story; follow-up questions use the conversation so far.");
        command.SetAction((_, cancellationToken) => CliRunner.RunAsync(async bot =>
        {
            var conversation = new Conversation();
            var interactive = !Console.IsInputRedirected;
            if (interactive)
            {
                Console.WriteLine("Ask about the story. Commands: /summary /who [name] /why /timeline /sources /quit");
            }

            while (true)
            {
                if (interactive)
                {
                    Console.Write("> ");
                }

                var line = await Console.In.ReadLineAsync(cancellationToken);
                if (line is null || line.Trim() is "/quit" or "/exit")
                {
                    return CliRunner.Ok;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (line.StartsWith('/'))
                {
                    Console.WriteLine(ReplyPrinter.Format(await RunSlashAsync(bot, line, cancellationToken)));
                    continue;
                }

                await StreamAnswerAsync(bot, line, conversation, interactive, cancellationToken);
            }
        }));
        return command;
    }

    // With a model, verified sentences appear as they are written; the final reply (with its sources) replaces them.
    private static async Task StreamAnswerAsync(Bot.Engine.IStoryBot bot, string question, Conversation conversation, bool interactive, CancellationToken cancellationToken)
    {
        var shown = "";
        await foreach (var update in bot.AskStreamingAsync(question, conversation, cancellationToken))
        {
            if (update.Final is { } reply)
            {
                if (shown.Length > 0 && reply.Text.StartsWith(shown, StringComparison.Ordinal))
                {
                    Console.WriteLine(reply.Text[shown.Length..]);
                    Console.WriteLine(ReplyPrinter.Format(reply with { Text = "" }).Trim('\r', '\n') + "\n");
                    continue;
                }

                if (shown.Length > 0)
                {
                    Console.WriteLine("\n(revised)");
                }

                Console.WriteLine(ReplyPrinter.Format(reply));
            }
            else if (interactive && update.Text.StartsWith(shown, StringComparison.Ordinal))
            {
                Console.Write(update.Text[shown.Length..]);
                shown = update.Text;
            }
        }
    }

    private static Task<BotReply> RunSlashAsync(Bot.Engine.IStoryBot bot, string line, CancellationToken cancellationToken)
    {
        var parts = line[1..].Split(' ', 2, StringSplitOptions.TrimEntries);
        var name = parts[0].ToLowerInvariant();
        return ReplyCommands.All.Contains(name)
            ? bot.RunAsync(name, parts.Length > 1 ? parts[1] : null, cancellationToken: cancellationToken)
            : bot.AskAsync(line.TrimStart('/'), cancellationToken: cancellationToken);
    }
}
