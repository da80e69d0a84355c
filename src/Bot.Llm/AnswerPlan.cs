using Bot.Core.Replies;

namespace Bot.Llm;

/// <summary>
/// What is settled before the model is called: the question as typed and as sent (instructions removed), the chat
/// before it, the embedded engine's reply (the fallback), and whether the model is needed at all.
/// </summary>
internal sealed record AnswerPlan(string Typed, string ModelQuestion, IReadOnlyList<string> History, BotReply Embedded, bool AnswerDirectly);
