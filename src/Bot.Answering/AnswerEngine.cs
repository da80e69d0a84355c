using System.Diagnostics;
using Bot.Core.Replies;

namespace Bot.Answering;

/// <summary>
/// The embedded question-answering pipeline, end to end: clean the text, separate instructions and premises,
/// analyse, answer from the corpus, and number the citations.
/// </summary>
public sealed class AnswerEngine
{
    public const string EngineName = "extractive";

    private readonly ExtractiveAnswerer _answerer = new();

    public BotReply Ask(string? rawQuestion, CorpusKnowledge knowledge, Conversation? conversation = null)
    {
        var started = Stopwatch.GetTimestamp();
        var (text, notes) = QuestionText.Prepare(rawQuestion);
        var guarded = InjectionGuard.Inspect(text);
        var analysis = QuestionAnalyzer.Analyze(guarded, knowledge, conversation);
        var draft = _answerer.Answer(analysis, knowledge);
        conversation?.Remember(text, analysis.FocusActor);
        var reply = ReplyComposer.Compose(ReplyCommands.Ask, text, draft, knowledge.Corpus, EngineName);
        return reply with
        {
            Notes = notes,
            ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            ResolvedQuestion = analysis.ImpliedActor is null ? null : $"{text} (about {analysis.ImpliedActor.Name})",
        };
    }
}
