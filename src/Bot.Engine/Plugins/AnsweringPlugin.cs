using System.ComponentModel;
using Bot.Answering;
using Bot.Core.Replies;
using Microsoft.SemanticKernel;

namespace Bot.Engine.Plugins;

/// <summary>
/// The kernel's answering step: questions and the prose commands, written by whichever <see cref="IAnswerer"/> is
/// configured (the embedded engine by default, a verified language model when <c>Ai__Provider</c> names one).
/// </summary>
public sealed class AnsweringPlugin(IAnswerer answerer)
{
    public const string PluginName = "answering";
    public const string AskFunction = "ask";
    public const string AskStreamingFunction = "ask_streaming";

    [KernelFunction(AskFunction)]
    [Description("Answers a question about the news story from the corpus, with numbered citations that quote it verbatim.")]
    public Task<BotReply> AskAsync(
        [Description("The user's question")] string question,
        [Description("The chat so far, for follow-ups")] Conversation? conversation = null,
        CancellationToken cancellationToken = default) =>
        answerer.AskAsync(question, conversation, cancellationToken);

    [KernelFunction(AskStreamingFunction)]
    [Description("Answers a question as a stream: verified partial text as it grows, then the final reply.")]
    public IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(
        [Description("The user's question")] string question,
        [Description("The chat so far, for follow-ups")] Conversation? conversation = null,
        CancellationToken cancellationToken = default) =>
        answerer.AskStreamingAsync(question, conversation, cancellationToken);

    [KernelFunction(ReplyCommands.Summary)]
    [Description("A short cited brief of the story.")]
    public Task<BotReply> SummaryAsync([Description("Optional topic to pick the article")] string? topic = null, CancellationToken cancellationToken = default) =>
        answerer.RunAsync(ReplyCommands.Summary, topic, cancellationToken);

    [KernelFunction(ReplyCommands.Who)]
    [Description("The actors, their roles and what each decided or said; or one actor by name.")]
    public Task<BotReply> WhoAsync([Description("Optional name or title")] string? name = null, CancellationToken cancellationToken = default) =>
        answerer.RunAsync(ReplyCommands.Who, name, cancellationToken);

    [KernelFunction(ReplyCommands.Why)]
    [Description("The stated reasons for a decision and what is not public.")]
    public Task<BotReply> WhyAsync([Description("Optional decision or topic")] string? decision = null, CancellationToken cancellationToken = default) =>
        answerer.RunAsync(ReplyCommands.Why, decision, cancellationToken);
}
