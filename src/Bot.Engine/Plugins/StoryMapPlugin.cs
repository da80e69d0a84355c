using System.ComponentModel;
using Bot.Answering;
using Bot.Core.Replies;
using Microsoft.SemanticKernel;

namespace Bot.Engine.Plugins;

/// <summary>The story map (who decided what and why) and the quick-summary commands, as kernel functions.</summary>
public sealed class StoryMapPlugin(KnowledgeSource knowledge)
{
    public const string PluginName = "story";

    [KernelFunction(ReplyCommands.Summary)]
    [Description("A short cited brief of the story.")]
    public BotReply Summary([Description("Optional topic to pick the article")] string? topic = null) => StoryCommands.Summary(knowledge.Current, topic);

    [KernelFunction(ReplyCommands.Who)]
    [Description("The actors, their roles and what each decided or said; or one actor by name.")]
    public BotReply Who([Description("Optional name or title")] string? name = null) => StoryCommands.Who(knowledge.Current, name);

    [KernelFunction(ReplyCommands.Why)]
    [Description("The stated reasons for a decision and what is not public.")]
    public BotReply Why([Description("Optional decision or topic")] string? decision = null) => StoryCommands.Why(knowledge.Current, decision);

    [KernelFunction(ReplyCommands.Timeline)]
    [Description("Events in order with their time cues.")]
    public BotReply Timeline() => StoryCommands.Timeline(knowledge.Current);

    [KernelFunction(ReplyCommands.Sources)]
    [Description("The articles in the corpus.")]
    public BotReply Sources() => StoryCommands.Sources(knowledge.Current);
}
