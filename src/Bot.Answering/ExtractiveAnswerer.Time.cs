using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>Answers about time, duration, quantities and places.</summary>
public sealed partial class ExtractiveAnswerer
{
    private static AnswerDraft When(QuestionAnalysis q, CorpusKnowledge k)
    {
        // "when was the halt ordered?": the decision's own time cue ("prior to ... a recent meeting"), not the cue of
        // another event that shares its sentence ("the war initiated ... over three years ago").
        var decisionTimes = AsksAboutDecision(q, k)
            ? k.Story.PrimaryDecision!.TimeCues.Where(t => t.RelativeDays < 0).Select(t => t.Evidence.SentenceId).ToHashSet(StringComparer.Ordinal)
            : [];
        var ranked = SentenceRanker.Rank(k, TopicOf(q, k), ActorsOf(q), s => ConcreteTime(s.Text) ? 1.0 : 0);
        var best = ranked.FirstOrDefault();
        if (best is null || best.Coverage < 0.4)
        {
            return AbstainWithContext(q, k, "The articles don't say when that happened.");
        }

        // "what's the deal with the timing of this?": with no topic of its own, any time cue about the decision answers it.
        var bare = q.KnownWords.Count == 0 && q.Actors.Count == 0;
        var timed = decisionTimes.Count > 0
            ? ranked.FirstOrDefault(r => decisionTimes.Contains(r.Sentence.Id))?.Sentence ?? k.Corpus.FindSentence(decisionTimes.First())
            : bare
                ? ranked.FirstOrDefault(r => ConcreteTime(r.Sentence.Text) && QuestionPatterns.HaltWord().IsMatch(r.Sentence.Text.ToLowerInvariant()))?.Sentence
                : ranked.Take(3).FirstOrDefault(r => ConcreteTime(r.Sentence.Text) && r.Coverage >= best.Coverage * 0.75)?.Sentence;
        if (timed is null)
        {
            return new AnswerDraft([AnswerPart.Plain("The articles don't give a date or time for that."), .. Related(best)], Abstained: true);
        }

        if (q.AsksExactTime && !ExplicitDate().IsMatch(timed.Text))
        {
            return new AnswerDraft([AnswerPart.Plain("The articles don't give an exact date; the closest they come is this."), AnswerPart.Quote(timed)], Abstained: true);
        }

        return new AnswerDraft([AnswerPart.Quote(timed)], Abstained: false);
    }

    private static AnswerDraft HowLong(QuestionAnalysis q, CorpusKnowledge k)
    {
        var text = q.LowerText;
        var decisionStems = Bot.Retrieval.SynonymTable.WithSynonyms(DecisionWords(k).Select(w => w.Stem));
        var otherEvent = q.KnownWords.FirstOrDefault(w => Bot.Retrieval.SynonymTable.AreSynonyms(w.Stem, "meet") || Bot.Retrieval.SynonymTable.AreSynonyms(w.Stem, "war"));
        if (otherEvent is not null && !q.KnownWords.Any(w => decisionStems.Contains(w.Stem)))
        {
            return AbstainWithContext(q, k, "The articles don't say how long that lasted."); // "how long did the meeting last?"
        }

        var topic = TopicOf(q, k).Concat(DecisionWords(k)).ToList();
        var ranked = SentenceRanker.Rank(k, topic, ActorsOf(q), s => Duration().IsMatch(s.Text) ? 2.0 : 0);
        var chosen = ranked.Where(r => Duration().IsMatch(r.Sentence.Text)).Take(2).Select(r => r.Sentence).ToList();
        if (chosen.Count == 0)
        {
            return AbstainWithContext(q, k, "The articles don't say how long it will last.");
        }

        var parts = chosen.OrderByDescending(s => DurationUnknown().IsMatch(s.Text)).Select(AnswerPart.Quote).ToList();
        if (Condition().IsMatch(text))
        {
            // "will it resume once a deal is signed?" — the articles say nothing about conditions; say so.
            return new AnswerDraft([AnswerPart.Plain("The articles don't say what happens under that condition. What they do say:"), parts[0]], Abstained: true);
        }

        return new AnswerDraft(parts, Abstained: false);
    }

    private static AnswerDraft HowMany(QuestionAnalysis q, CorpusKnowledge k)
    {
        var ranked = SentenceRanker.Rank(k, q.KnownWords, ActorsOf(q));
        // "how many years since ...": "since" frames the count, it is not a topic the articles lack.
        // "how many officials ...": the number has to count the thing asked about, not something else in the sentence ("three years").
        var counted = q.LowerText.Split(' ').SkipWhile(w => w != "many" && w != "much").Skip(1).FirstOrDefault();
        var countedStem = counted is null ? null : Bot.Core.Text.WordStemmer.Stem(counted);
        bool Counts(Sentence s) => countedStem is null || GenericWords.Contains(counted!)
            || Regex.IsMatch(s.Text, $@"{Quantity()}\s+(\S+\s+){{0,2}}{Regex.Escape(countedStem)}", RegexOptions.IgnoreCase);
        var best = q.UnknownWords.Any(w => w.Lower != "since") ? null : ranked.FirstOrDefault(r => r.Coverage >= 0.5 && Quantity().IsMatch(r.Sentence.Text) && Counts(r.Sentence));
        return best is null
            ? AbstainWithContext(q, k, "The articles don't give that figure.")
            : new AnswerDraft([AnswerPart.Quote(best.Sentence)], Abstained: false);
    }

    private static AnswerDraft Where(QuestionAnalysis q, CorpusKnowledge k)
    {
        var named = q.Actors.Select(a => a.Actor).ToList();
        var ranked = SentenceRanker.Rank(k, q.KnownWords, ActorsOf(q), s => Place().IsMatch(s.Text) ? 1.5 : 0);
        var best = ranked.FirstOrDefault(r => r.Coverage >= 0.4 && Place().IsMatch(r.Sentence.Text) && named.All(a => MentionsActor(k, r.Sentence.Id, a)));
        return best is null
            ? AbstainWithContext(q, k, "The articles don't say where.")
            : new AnswerDraft([AnswerPart.Quote(best.Sentence)], Abstained: false);
    }

    /// <summary>A question about the main decision itself (halt, order, directive), not about another event the story mentions.</summary>
    private static bool AsksAboutDecision(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (k.Story.PrimaryDecision is not { TimeCues.Count: > 0 })
        {
            return false;
        }

        // Every word must belong to the decision: "when was the halt ordered?", "when did Hegseth issue it?", "when did it
        // start?"; "did russia cut back its hacking after the pause?" asks about something else, timed by the decision.
        var decision = k.Story.PrimaryDecision;
        // The words of the action and of its subject ("U.S. President Donald Trump's administration has halted ...").
        var evidence = decision.Evidence.Text;
        var actionAt = evidence.IndexOf(decision.Action, StringComparison.Ordinal);
        var actionStems = Bot.Retrieval.SynonymTable.WithSynonyms(
            DecisionWords(k).Concat(actionAt > 0 ? QuestionAnalyzer.ToWords(evidence[..actionAt], k.Vocabulary) : []).Select(w => w.Stem));
        bool PartOfDecision(Actor actor) => decision.AgentActorIds.Contains(actor.Id) || MentionsActor(k, decision.Evidence.SentenceId, actor);
        var agentWords = q.Actors.Where(a => PartOfDecision(a.Actor)).ToList();
        if (q.UnknownWords.Count > 0 || q.Actors.Any(a => !PartOfDecision(a.Actor)))
        {
            return false;
        }

        return q.KnownWords.All(w => QuestionPatterns.HaltWord().IsMatch(w.Lower) || QuestionPatterns.DecisionWord().IsMatch(w.Lower) || DecisionEvent().IsMatch(w.Lower)
                                     || GenericWords.Contains(w.Lower) || actionStems.Contains(w.Stem) || agentWords.Any(a => IsActorWord(w, a.Actor)));
    }

    private static bool ConcreteTime(string text) =>
        Bot.StoryMap.Cues.Ago().IsMatch(text) || ExplicitDate().IsMatch(text) || RelativeTime().IsMatch(text);

    [GeneratedRegex(@"^(start\w*|begin\w*|began|begun|happen\w*|occur\w*|issu\w*|announc\w*|sign\w*|enact\w*|took|take|taken|effect|kick\w*)$")]
    private static partial Regex DecisionEvent();
}
