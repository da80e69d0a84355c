using System.Diagnostics;
using System.Runtime.CompilerServices;
using Bot.Answering;
using Bot.Core.Replies;
using Bot.Engine.Plugins;
using Microsoft.SemanticKernel;

namespace Bot.Engine;

/// <summary>
/// Sends every question and command through the Semantic Kernel <see cref="Kernel"/> and returns its reply.
/// Requests that don't depend on a conversation are served from the <see cref="AnswerCache"/> when they repeat.
/// </summary>
public sealed class StoryBot(Kernel kernel, IAnswerer answerer, EmbeddedAnswerer embedded, KnowledgeSource knowledge, AnswerCache cache) : IStoryBot
{
    public Task<BotReply> AskAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default) =>
        RunAsync(ReplyCommands.Ask, question, conversation, cancellationToken);

    public async Task<BotReply> RunAsync(string command, string? argument, Conversation? conversation = null, CancellationToken cancellationToken = default)
    {
        var (plugin, parameter) = Route(command);
        var started = Stopwatch.GetTimestamp();
        var key = CacheKey(command, argument, conversation);
        if (key is not null && cache.TryGet(key, out var cached))
        {
            Remember(command, argument, conversation);
            return cached with { Cached = true, ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
        }

        var result = await kernel.InvokeAsync(plugin, command, Arguments(command, parameter, argument, conversation), cancellationToken).ConfigureAwait(false);
        var reply = result.GetValue<BotReply>() ?? throw new InvalidOperationException($"The kernel function {plugin}.{command} returned no reply.");
        reply = reply with { ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
        Store(key, reply);
        return reply;
    }

    public async IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var key = CacheKey(ReplyCommands.Ask, question, conversation);
        if (key is not null && cache.TryGet(key, out var cached))
        {
            Remember(ReplyCommands.Ask, question, conversation);
            yield return AnswerUpdate.Completed(cached with { Cached = true, ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds });
            yield break;
        }

        var arguments = Arguments(ReplyCommands.Ask, "question", question, conversation);
        await foreach (var update in kernel.InvokeStreamingAsync<AnswerUpdate>(AnsweringPlugin.PluginName, AnsweringPlugin.AskStreamingFunction, arguments, cancellationToken).ConfigureAwait(false))
        {
            if (update.Final is { } final)
            {
                final = final with { ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds };
                Store(key, final);
                yield return AnswerUpdate.Completed(final);
                yield break;
            }

            yield return update;
        }
    }

    private static (string Plugin, string? Parameter) Route(string command) => command switch
    {
        ReplyCommands.Ask => (AnsweringPlugin.PluginName, "question"),
        ReplyCommands.Summary => (AnsweringPlugin.PluginName, "topic"),
        ReplyCommands.Who => (AnsweringPlugin.PluginName, "name"),
        ReplyCommands.Why => (AnsweringPlugin.PluginName, "decision"),
        ReplyCommands.Timeline or ReplyCommands.Sources => (StoryMapPlugin.PluginName, null),
        _ => throw new ArgumentException($"Unknown command '{command}'. Commands: {string.Join(", ", ReplyCommands.All)}.", nameof(command)),
    };

    private static KernelArguments Arguments(string command, string? parameter, string? argument, Conversation? conversation)
    {
        var arguments = new KernelArguments();
        if (parameter is not null)
        {
            arguments[parameter] = argument ?? "";
        }

        if (conversation is not null && command == ReplyCommands.Ask)
        {
            arguments["conversation"] = conversation;
        }

        return arguments;
    }

    // A follow-up's answer depends on the chat before it, so only context-free requests are cached.
    private string? CacheKey(string command, string? argument, Conversation? conversation) =>
        cache.Enabled && (conversation is null || conversation.Questions.Count == 0)
            ? AnswerCache.KeyFor(knowledge.Current.Version, answerer.Name, command, argument)
            : null;

    private void Store(string? key, BotReply reply)
    {
        // A fallback answer is not what this engine would say; the next identical question should try again.
        if (key is not null && reply.Engine == answerer.Name)
        {
            cache.Add(key, reply);
        }
    }

    private void Remember(string command, string? argument, Conversation? conversation)
    {
        if (conversation is not null && command == ReplyCommands.Ask && argument is not null)
        {
            embedded.Remember(argument, conversation);
        }
    }
}
