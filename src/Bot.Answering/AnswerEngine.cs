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
        var guarded = Guard(text);
        var parts = QuestionSplitter.Split(guarded.Question);
        QuestionAnalysis? analysis = null;
        AnswerDraft? draft = null;
        // "who denied it, and what did he stress instead?": a later part's "he" is whoever the earlier part was about.
        var message = new Conversation();
        message.Remember(text, conversation?.LastActor);
        for (var i = 0; i < parts.Count; i++)
        {
            // The premise and instruction note belong to the message as a whole: check them once.
            var part = i == 0 ? guarded with { Question = parts[i], AsksForOpinion = InjectionGuard.AsksForOpinion(parts[i]) } : guarded with { Question = parts[i], Premise = null, HadInstructions = false, AsksForOpinion = InjectionGuard.AsksForOpinion(parts[i]) };
            var partAnalysis = QuestionAnalyzer.Analyze(part, knowledge, message);
            var partDraft = _answerer.Answer(partAnalysis, knowledge);
            if (i + 1 < parts.Count)
            {
                message.Remember(parts[i], partAnalysis.FocusActor ?? AnsweredPerson(partDraft, knowledge));
            }

            var bareFragment = IsBareFragment(partAnalysis);
            if (partDraft.Abstained && bareFragment && (draft is not null || i + 1 < parts.Count))
            {
                continue; // "ok and what about waltz?", "... before the pause? and how'd it go": the fragment adds nothing
            }

            if (draft is { Abstained: true } && bareFragment)
            {
                continue; // "will congress hold hearings, and when?": the "when" of an unreported event is unreported too
            }

            analysis ??= partAnalysis;

            // A message is answered when any part of it is: the parts the articles don't cover say so in the text.
            draft = draft is null ? partDraft : AnswerDraft.Merge(draft, partDraft);
        }

        if (draft is null)
        {
            // Every part was a fragment: answer the message as a whole.
            analysis = QuestionAnalyzer.Analyze(guarded, knowledge, message);
            draft = _answerer.Answer(analysis, knowledge);
        }

        conversation?.Remember(text, analysis!.FocusActor);
        var reply = ReplyComposer.Compose(ReplyCommands.Ask, text, draft!, knowledge.Corpus, EngineName);
        return reply with
        {
            Notes = notes,
            ElapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            ResolvedQuestion = analysis!.ImpliedActor is null ? null : $"{text} (about {analysis.ImpliedActor.Name})",
        };
    }

    /// <summary>Records a question in the conversation (with the actor it is about) without answering it.</summary>
    public void Remember(string? rawQuestion, CorpusKnowledge knowledge, Conversation conversation)
    {
        var (inspection, focusActor) = Analyze(rawQuestion, knowledge, conversation);
        conversation.Remember(inspection.Text, focusActor);
    }

    /// <summary>
    /// What the question asks for, without answering it: the cleaned text, the question with any instructions
    /// removed, and its kind. Lets a model-based answerer skip out-of-scope chat and send only the question.
    /// </summary>
    public static QuestionInspection Inspect(string? rawQuestion, CorpusKnowledge knowledge)
    {
        var (inspection, _) = Analyze(rawQuestion, knowledge, null);
        return inspection;
    }

    private static (QuestionInspection Inspection, StoryMap.Actor? FocusActor) Analyze(string? rawQuestion, CorpusKnowledge knowledge, Conversation? conversation)
    {
        var (text, _) = QuestionText.Prepare(rawQuestion);
        var guarded = Guard(text);
        var first = QuestionSplitter.Split(guarded.Question).FirstOrDefault() ?? guarded.Question;
        var analysis = QuestionAnalyzer.Analyze(guarded with { Question = first, AsksForOpinion = InjectionGuard.AsksForOpinion(first) }, knowledge, conversation);
        return (new QuestionInspection(text, guarded.Question.Trim(), analysis.Kind), analysis.FocusActor);
    }

    /// <summary>The question as asked: a letter's greetings and a self-introduction dropped, instructions and premises separated.</summary>
    private static GuardedQuestion Guard(string text) => InjectionGuard.Inspect(ChatPreamble.Strip(LongMessage.QuestionsOnly(text)));

    /// <summary>The first person the cited sentences report as reacting or deciding: who "who denied it?" was answered with.</summary>
    private static StoryMap.Actor? AnsweredPerson(AnswerDraft draft, CorpusKnowledge knowledge)
    {
        if (draft.Abstained)
        {
            return null;
        }

        var story = knowledge.Story;
        return draft.Parts.SelectMany(p => p.Evidence).Distinct()
            .SelectMany(s => story.ReactionsIn(s.Id).Select(r => r.ActorId)
                .Concat(story.Decisions.Where(d => d.AgentEvidence.Any(e => e.SentenceId == s.Id)).SelectMany(d => d.AgentActorIds)))
            .Select(story.FindActor)
            .FirstOrDefault(a => a is { Kind: StoryMap.ActorKind.Person });
    }

    /// <summary>A later part with no word or person from the articles and no request of its own ("as payback?", "what was it for").</summary>
    private static bool IsBareFragment(QuestionAnalysis part) =>
        part.KnownWords.Count == 0 && part.Actors.Count == 0 && part.ImpliedActor is null && part.Premise is null
        && !QuestionPatterns.Task().IsMatch(part.LowerText) && !QuestionPatterns.Help().IsMatch(part.LowerText);

}

/// <summary>A question as typed (cleaned), without instructions aimed at the bot, and what kind of question it is.</summary>
public sealed record QuestionInspection(string Text, string Question, QuestionKind Kind);
