using System.Diagnostics;
using Bot.Answering;
using Bot.Core.Replies;
using Bot.Engine.Plugins;
using Microsoft.SemanticKernel;

namespace Bot.Engine;

/// <summary>Sends every question and command through the Semantic Kernel <see cref="Kernel"/> and returns its reply.</summary>
public sealed class StoryBot(Kernel kernel) : IStoryBot
{
    public Task<BotReply> AskAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default) =>
        RunAsync(ReplyCommands.Ask, question, conversation, cancellationToken);

    public async Task<BotReply> RunAsync(string command, string? argument, Conversation? conversation = null, CancellationToken cancellationToken = default)
    {
        var (plugin, function, parameter) = command switch
        {
            ReplyCommands.Ask => (AnsweringPlugin.PluginName, AnsweringPlugin.AskFunction, "question"),
            ReplyCommands.Summary => (StoryMapPlugin.PluginName, command, "topic"),
            ReplyCommands.Who => (StoryMapPlugin.PluginName, command, "name"),
            ReplyCommands.Why => (StoryMapPlugin.PluginName, command, "decision"),
            ReplyCommands.Timeline or ReplyCommands.Sources => (StoryMapPlugin.PluginName, command, null),
            _ => throw new ArgumentException($"Unknown command '{command}'. Commands: {string.Join(", ", ReplyCommands.All)}.", nameof(command)),
        };

        var arguments = new KernelArguments();
        if (parameter is not null)
        {
            arguments[parameter] = argument ?? "";
        }

        if (conversation is not null && command == ReplyCommands.Ask)
        {
            arguments["conversation"] = conversation;
        }

        var started = Stopwatch.GetTimestamp();
        var result = await kernel.InvokeAsync(plugin, function, arguments, cancellationToken).ConfigureAwait(false);
        var reply = result.GetValue<BotReply>() ?? throw new InvalidOperationException($"The kernel function {plugin}.{function} returned no reply.");
        return reply with { ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
    }
}
