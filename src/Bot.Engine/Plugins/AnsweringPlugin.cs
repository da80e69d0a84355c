using System.ComponentModel;
using Bot.Answering;
using Bot.Core.Replies;
using Microsoft.SemanticKernel;

namespace Bot.Engine.Plugins;

/// <summary>
/// The kernel's answering step. The embedded extractive answerer runs here; an LLM answerer plugs in at the
/// same seam (same function name and reply model), with the corpus and story-map functions as its tools.
/// </summary>
public sealed class AnsweringPlugin(KnowledgeSource knowledge)
{
    public const string PluginName = "answering";
    public const string AskFunction = "ask";

    private readonly AnswerEngine _engine = new();

    [KernelFunction(AskFunction)]
    [Description("Answers a question about the news story from the corpus, with numbered citations that quote it verbatim.")]
    public BotReply Ask(
        [Description("The user's question")] string question,
        [Description("The chat so far, for follow-ups")] Conversation? conversation = null) =>
        _engine.Ask(question, knowledge.Current, conversation);
}
