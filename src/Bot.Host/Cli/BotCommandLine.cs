using System.CommandLine;

namespace Bot.Host.Cli;

/// <summary>The command-line surface: ask, chat, the quick-summary commands, and serve.</summary>
public static class BotCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("A bot that answers questions about policy news stories, citing the articles verbatim.")
        {
            AskCommand.Create(),
            ChatCommand.Create(),
            StoryCommand.Create("summary", "A short cited brief of the story.", "topic", "Optional topic, to brief on a particular article"),
            StoryCommand.Create("who", "The actors, their roles and what each decided or said.", "name", "Optional name or title, e.g. \"hegseth\" or \"defense secretary\""),
            StoryCommand.Create("why", "The stated reasons for a decision and what is not public.", "decision", "Optional decision or topic"),
            StoryCommand.Create("timeline", "Events in order with their time cues.", null, null),
            StoryCommand.Create("sources", "The articles in the corpus.", null, null),
            ServeCommand.Create(),
            SlackCommand.Create(),
            DiscordCommand.Create(),
        };
        return root;
    }
}
