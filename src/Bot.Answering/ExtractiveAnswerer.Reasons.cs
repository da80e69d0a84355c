using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>Answers about decisions: why, what is unknown, and what a word means in the articles.</summary>
public sealed partial class ExtractiveAnswerer
{
    private static readonly string[] s_otherEvents = new[] { "meeting", "war", "confrontation" }.Select(w => Bot.Core.Text.WordStemmer.Stem(w)).ToArray();

    private static AnswerDraft Why(QuestionAnalysis q, CorpusKnowledge k)
    {
        var decision = BestDecision(q, k);
        var aboutReaction = q.Words.Any(w => w.Stem is "critic" or "flak" or "backlash" or "pushback" || Bot.Retrieval.SynonymTable.AreSynonyms(w.Stem, "critic") || Bot.Retrieval.SynonymTable.AreSynonyms(w.Stem, "fear"));
        if (aboutReaction)
        {
            return General(q, k);
        }

        // "why did Schumer call it flawed?": the reason is in the person's own reaction ("..., arguing it permits ...").
        if (q.FocusActor is { } reacting && OwnReactionAsked(q, k, reacting) is { } own)
        {
            return new AnswerDraft([AnswerPart.Quote(own)], Abstained: false);
        }

        // "what is the rationale?": with no other topic, a reason asked for is the reason for the story's decision.
        // "has the Pentagon explained its reasoning publicly?": words about giving reasons, and where they would come from.
        var onlyReasonWords = q.KnownWords.All(w => QuestionPatterns.ReasonNoun().IsMatch(w.Lower) || QuestionPatterns.Why().IsMatch(w.Lower)
                                                    || (QuestionPatterns.Communication().IsMatch(w.Lower) && q.KnownWords.Any(x => QuestionPatterns.ReasonNoun().IsMatch(x.Lower)))
                                                    || w.Lower is "pentagon" or "administration" or "government" or "publicly");
        // "has the Pentagon said publicly why?": whether the decision's reasons were made public, asked of its makers or of nobody in particular.
        var disclosureAsked = decision is not null && QuestionPatterns.RationaleDisclosureAsked().IsMatch(q.LowerText)
                              && q.Actors.All(a => decision.AgentActorIds.Contains(a.Actor.Id) || a.Actor.Kind == ActorKind.Group);
        var aboutDecision = decision is not null && (IsAboutDecision(q, k, decision) || q.ImpliedActor is not null || onlyReasonWords || disclosureAsked);
        if (!aboutDecision)
        {
            // "why did Russia invade Ukraine?": a reason for something other than the decision can only be in a sentence
            // that has every topic word; when none does, the articles don't say.
            var topic = q.KnownWords.Where(w => !GenericWords.Contains(w.Lower) && !QuestionPatterns.Why().IsMatch(w.Lower)).ToList();
            var stated = SentenceRanker.Rank(k, topic, ActorsOf(q)).Take(5).Any(r => r.Coverage >= 0.99);
            // "why was there a fight?": the articles give reasons for the decision only, not for the other events they mention.
            // "why did Putin clash with Trump?" names someone the event did not involve: the sentence about the event answers that.
            var otherEvent = topic.Any(IsOtherEventWord) && !topic.Any(w => QuestionPatterns.HaltWord().IsMatch(w.Lower) || QuestionPatterns.DecisionWord().IsMatch(w.Lower))
                             && SentenceRanker.Rank(k, topic, []).FirstOrDefault() is { } eventSentence
                             && q.Actors.All(a => MentionsActor(k, eventSentence.Sentence.Id, a.Actor));
            // A sentence that only reports the event ("Carver clashed with Hale") does not say why; one with a purpose or cause would.
            var eventCause = otherEvent && SentenceRanker.Rank(k, topic, ActorsOf(q)).Take(5)
                .Any(r => r.Coverage >= 0.99 && (Bot.StoryMap.Cues.Purpose().IsMatch(r.Sentence.Text) || Cause().IsMatch(r.Sentence.Text)));
            if (((!stated && topic.Count >= 2 && q.FocusActor is null) || (otherEvent && !eventCause)) && QuestionPatterns.StartsWithWhy().IsMatch(q.LowerText))
            {
                return AbstainWithContext(q, k, "The articles don't say why.");
            }

            return General(q, k, s => Bot.StoryMap.Cues.Purpose().IsMatch(s.Text) ? 1.5 : 0);
        }

        var focus = q.FocusActor;
        var reasons = decision!.Reasons
            .OrderByDescending(r => focus is not null && r.StatedByActorId == focus.Id)
            .ThenBy(r => r.StatedByActorId is null || k.Story.FindActor(r.StatedByActorId)?.Kind == ActorKind.Group ? 0 : 1)
            .Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!)
            .Take(2)
            .ToList();
        var unknownReason = k.UndisclosedReasons();
        var chosen = reasons.Take(unknownReason is null ? 2 : 1).ToList();
        if (unknownReason is not null)
        {
            chosen.Add(unknownReason);
        }

        if (chosen.Count == 0)
        {
            return AbstainWithContext(q, k, "The articles don't give a reason for that decision.");
        }

        return new AnswerDraft(chosen.Distinct().OrderBy(s => s.Ordinal).Select(AnswerPart.Quote).ToList(), Abstained: false);
    }

    private static Decision? BestDecision(QuestionAnalysis q, CorpusKnowledge k)
    {
        var decisions = k.Story.Decisions;
        if (decisions.Count <= 1)
        {
            return decisions.FirstOrDefault();
        }

        var stems = q.Words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        return decisions
            .Select(d => (Decision: d, Overlap: TextStems.Of(d.Action + " " + k.Corpus.ArticleOf(k.Corpus.FindSentence(d.Evidence.SentenceId)!).Title).Count(s => stems.Contains(s) || Bot.Retrieval.SynonymTable.Expand(s).Any(stems.Contains))))
            .OrderByDescending(x => x.Overlap)
            .First().Decision;
    }

    private static bool IsAboutDecision(QuestionAnalysis q, CorpusKnowledge k, Decision decision)
    {
        var text = q.LowerText;
        if (QuestionPatterns.HaltWord().IsMatch(text) || QuestionPatterns.DecisionWord().IsMatch(text) || QuestionPatterns.Pronoun().IsMatch(text))
        {
            return true;
        }

        var actionStems = TextStems.Of(decision.Action);
        return q.Actors.Any(a => decision.AgentActorIds.Contains(a.Actor.Id))
               || q.KnownWords.Count(w => actionStems.Contains(w.Stem)) >= 2;
    }

    /// <summary>"What don't we know?": what the articles themselves say is not public or not known.</summary>
    /// <summary>A sentence reporting the actor's reaction that has every topic word of the question.</summary>
    private static Sentence? OwnReactionAsked(QuestionAnalysis q, CorpusKnowledge k, Actor actor)
    {
        var topic = ClaimWords(q, actor, w => QuestionPatterns.Why().IsMatch(w.Lower));
        return topic.Count == 0
            ? null
            : k.Story.ReactionsBy(actor.Id).Concat(actor.MemberIds.SelectMany(k.Story.ReactionsBy))
                .Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)).OfType<Sentence>()
                .FirstOrDefault(s => topic.All(w => SentenceHasWord(k, s, w)));
    }

    private static AnswerDraft Unknowns(CorpusKnowledge k)
    {
        var unknowns = k.Story.Decisions.SelectMany(d => d.Unknowns).DistinctBy(u => u.SentenceId).Take(3)
            .Select(u => k.Corpus.FindSentence(u.SentenceId)!).OrderBy(s => s.Ordinal).ToList();
        return unknowns.Count == 0
            ? Abstain("The articles don't point out anything as unknown.")
            : new AnswerDraft([AnswerPart.Plain("The articles say these things are not public or not yet known:"), .. unknowns.Select(AnswerPart.Quote)], Abstained: false);
    }

    /// <summary>
    /// "What does 'conciliatory' mean here?": the sentence that uses the word, and the words the bot's news thesaurus
    /// groups with it, as a pointer to its sense — not a dictionary definition.
    /// </summary>
    private static AnswerDraft Meaning(QuestionAnalysis q, CorpusKnowledge k)
    {
        var term = QuestionPatterns.Meaning().Match(q.LowerText).Groups["term"].Value;
        var stem = Bot.Core.Text.WordStemmer.Stem(term);
        var uses = k.Corpus.Sentences.Where(s => k.StemsOf(s).Contains(stem)).Take(2).ToList();
        if (uses.Count == 0)
        {
            return Abstain("The articles don't use that word.");
        }

        var parts = new List<AnswerPart> { new($"The articles use \u201C{term}\u201D here:", uses.Take(1).ToList()), AnswerPart.Quote(uses[0]) };
        var related = Bot.Retrieval.SynonymTable.ExpandWords(term).Where(w => w != term && Bot.Core.Text.WordStemmer.Stem(w) != stem)
            .DistinctBy(w => Bot.Core.Text.WordStemmer.Stem(w)).Take(5).ToList();
        if (related.Count > 0)
        {
            parts.Add(AnswerPart.Plain($"In news usage it is close to: {string.Join(", ", related)}."));
        }

        var paraphrase = k.Corpus.Sentences.FirstOrDefault(s => s.Id != uses[0].Id && related.Any(r => k.StemsOf(s).Contains(Bot.Core.Text.WordStemmer.Stem(r))));
        if (paraphrase is not null)
        {
            parts.Add(AnswerPart.Plain("Related wording elsewhere in the articles:"));
            parts.Add(AnswerPart.Quote(paraphrase));
        }

        return new AnswerDraft(parts, Abstained: false);
    }

    /// <summary>A word for one of the other events news of a decision reports around it: a meeting, a war, a clash.</summary>
    private static bool IsOtherEventWord(QuestionWord word) => s_otherEvents.Any(e => Bot.Retrieval.SynonymTable.AreSynonyms(word.Stem, e));

    [GeneratedRegex(@"\b(because|due\s+to|owing\s+to|after\s+\w+\s+(said|refused|accused|demanded)|sparked\s+by|triggered\s+by|over\s+(his|her|their|its)\s+\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();
}
