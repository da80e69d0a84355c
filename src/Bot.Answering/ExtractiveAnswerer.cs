using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>
/// The embedded, offline answerer: answers from the sentences of the corpus and the story map, reporting what
/// people said as their claims, and abstains — saying so plainly — when the articles do not answer.
/// Nothing the user typed is ever repeated in an answer; every statement rests on a cited sentence.
/// </summary>
public sealed partial class ExtractiveAnswerer
{
    public const string InstructionNote = "I only answer from the articles, so I don't follow instructions given in a question.";
    public const string OpinionNote = "I don't have opinions of my own; here is what the articles report.";

    public AnswerDraft Answer(QuestionAnalysis question, CorpusKnowledge knowledge)
    {
        var lead = new List<AnswerPart>();
        if (question.HadInstructions)
        {
            lead.Add(AnswerPart.Plain(InstructionNote));
        }

        if (Opinion().IsMatch(question.Text))
        {
            lead.Add(AnswerPart.Plain(OpinionNote));
        }

        if (question.Premise is { } premise)
        {
            lead.AddRange(PremiseChecker.Check(premise, knowledge));
        }

        if (question.Words.Count == 0)
        {
            return lead.Count > 0 && question.Premise is not null
                ? new AnswerDraft(lead, Abstained: false)
                : new AnswerDraft([.. lead, AnswerPart.Plain(Refusal(knowledge))], Abstained: true);
        }

        var draft = AnswerByKind(question, knowledge);
        var parts = lead.Concat(draft.Parts).DistinctBy(p => p.Text).ToList();
        return draft with { Parts = parts };
    }

    private static AnswerDraft AnswerByKind(QuestionAnalysis q, CorpusKnowledge k)
    {
        switch (q.Kind)
        {
            case QuestionKind.OutOfScope:
                return Abstain(Refusal(k));
            case QuestionKind.Help:
                return Abstain(Help(k));
            case QuestionKind.Summary:
                return StoryBriefs.Summary(k);
            case QuestionKind.ListActors:
                return StoryCommands.AllActorsDraft(k);
            case QuestionKind.Unknowns:
                return Unknowns(k);
            case QuestionKind.Sourcing:
                return Sourcing(q, k);
            case QuestionKind.Meaning:
                return Meaning(q, k);
        }

        var unknown = UnknownFocus(q, k);
        if (unknown is not null)
        {
            return AbstainWithContext(q, k, $"The articles don't mention {unknown}.");
        }

        var reversal = Reversal(q, k);
        if (reversal is not null)
        {
            return reversal;
        }

        var unreported = UnreportedEvent(q, k);
        if (unreported is not null)
        {
            return unreported;
        }

        var reactionSubject = ReactionSubject(q);
        if (reactionSubject is not null)
        {
            return AbstainWithContext(q, k, $"The articles don't report any reaction or statement from {reactionSubject}.");
        }

        return q.Kind switch
        {
            QuestionKind.WhoIs => WhoIs(q, k, withActions: false),
            QuestionKind.Profile => WhoIs(q, k, withActions: true),
            QuestionKind.Reaction => Reaction(q, k),
            QuestionKind.WhoDecided => WhoDecided(q, k),
            QuestionKind.Why => Why(q, k),
            QuestionKind.When => When(q, k),
            QuestionKind.HowLong => HowLong(q, k),
            QuestionKind.HowMany => HowMany(q, k),
            QuestionKind.Where => Where(q, k),
            QuestionKind.GroupNames => GroupNames(q, k),
            QuestionKind.WhoReacted => WhoReacted(q, k),
            QuestionKind.WhatDecided => WhatDecided(q, k),
            _ => General(q, k),
        };
    }

    private static AnswerDraft WhoIs(QuestionAnalysis q, CorpusKnowledge k, bool withActions)
    {
        var actor = q.Actors.FirstOrDefault(a => !a.ByTitle && a.Actor.Kind == ActorKind.Person)?.Actor
                    ?? q.Actors.FirstOrDefault(a => a.ByTitle && a.Actor.Kind == ActorKind.Person)?.Actor
                    ?? q.FocusActor!;
        if (actor.Kind == ActorKind.Group)
        {
            return Reaction(q, k);
        }

        var parts = new List<AnswerPart>();
        var roleSentence = actor.RoleSentenceId is null ? null : k.Corpus.FindSentence(actor.RoleSentenceId);
        if (roleSentence is not null && actor.Role is not null)
        {
            parts.Add(new AnswerPart($"{actor.Name} is identified in the articles as {actor.Role} {actor.Name}.", [roleSentence]));
        }

        var actions = ActionsOf(actor, k).Take(withActions ? 2 : 1).ToList();
        if (actions.Count == 0 && roleSentence is not null)
        {
            actions.Add(roleSentence);
        }

        parts.AddRange(actions.Select(AnswerPart.Quote));
        return parts.Count == 0 ? AbstainWithContext(q, k, $"The articles don't say who {actor.Name} is.") : new AnswerDraft(parts, Abstained: false);
    }

    /// <summary>What the actor decided or said, in reading order, decisions first.</summary>
    private static IEnumerable<Sentence> ActionsOf(Actor actor, CorpusKnowledge k)
    {
        var ids = k.Story.DecisionsBy(actor.Id).SelectMany(d => d.AgentEvidence.Where(e => MentionsActor(k, e.SentenceId, actor)).Select(e => e.SentenceId).Take(1))
            .Concat(k.Story.ReactionsBy(actor.Id).Select(r => r.Evidence.SentenceId))
            .Concat(actor.MemberIds.SelectMany(m => k.Story.ReactionsBy(m)).Select(r => r.Evidence.SentenceId))
            .Distinct();
        return ids.Select(id => k.Corpus.FindSentence(id)).OfType<Sentence>();
    }

    private static AnswerDraft Reaction(QuestionAnalysis q, CorpusKnowledge k)
    {
        var actor = q.FocusActor;
        if (actor is null)
        {
            return General(q, k);
        }

        var wanted = WantedStances(q);
        var reactions = k.Story.ReactionsBy(actor.Id)
            .Concat(actor.MemberIds.SelectMany(k.Story.ReactionsBy))
            .ToList();
        if (reactions.Count == 0)
        {
            var decided = k.Story.DecisionsBy(actor.Id).Any();
            var what = decided
                ? $"The articles don't quote {actor.Name} directly; they report the decision attributed to {actor.Name}."
                : $"The articles don't report any statement or reaction from {actor.Name}.";
            return decided
                ? new AnswerDraft([new AnswerPart(what, []), .. ActionsOf(actor, k).Take(2).Select(AnswerPart.Quote)], Abstained: true)
                : AbstainWithContext(q, k, what, actor);
        }

        var topic = q.KnownWords.Where(w => !IsActorWord(w, actor)).ToList();
        var ranked = SentenceRanker.Rank(k, topic, [actor], s => reactions.Any(r => r.Evidence.SentenceId == s.Id) ? 3 + (reactions.Any(r => r.Evidence.SentenceId == s.Id && wanted.Contains(r.Stance)) ? 1 : 0) : 0);
        var chosen = ranked
            .Where(r => reactions.Any(x => x.Evidence.SentenceId == r.Sentence.Id) || (topic.Count > 0 && r.Coverage >= 0.99 && MentionsActor(k, r.Sentence.Id, actor)))
            .Take(2).Select(r => r.Sentence).ToList();
        if (chosen.Count == 0)
        {
            chosen = reactions.Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!).Distinct().Take(2).ToList();
        }

        // "Compare Waltz and Schumer": one reaction for each other person named.
        foreach (var other in q.Actors.Select(a => a.Actor).Where(a => a.Id != actor.Id && a.Kind == ActorKind.Person).Take(2))
        {
            var theirs = k.Story.ReactionsBy(other.Id).Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!).FirstOrDefault();
            if (theirs is not null && !chosen.Contains(theirs))
            {
                chosen.Add(theirs);
            }
        }

        return new AnswerDraft(chosen.OrderBy(s => s.Ordinal).Select(AnswerPart.Quote).ToList(), Abstained: false);
    }

    private static AnswerDraft WhoDecided(QuestionAnalysis q, CorpusKnowledge k)
    {
        var decision = BestDecision(q, k);
        if (decision is null)
        {
            return General(q, k);
        }

        var agents = decision.AgentActorIds.Select(k.Story.FindActor).OfType<Actor>().ToList();
        var people = agents.Where(a => a.Kind == ActorKind.Person).ToList();
        if (people.Count == 0 && agents.Count == 0)
        {
            return AbstainWithContext(q, k, "The articles don't say who made that decision.");
        }

        var named = people.Count > 0 ? people : agents;
        var evidence = decision.AgentEvidence
            .Where(e => named.Any(a => MentionsActor(k, e.SentenceId, a)))
            .Select(e => k.Corpus.FindSentence(e.SentenceId)!)
            .OrderByDescending(s => decision.Reasons.Any(r => r.Evidence.SentenceId == s.Id))
            .ThenBy(s => s.Ordinal)
            .Take(2)
            .ToList();
        var who = AnswerText.JoinAnd(named.Select(a => a.Display).ToList());
        var parts = new List<AnswerPart> { new($"According to the articles, the decision came from {who}.", evidence.Take(1).ToList()) };
        parts.AddRange(evidence.Select(AnswerPart.Quote));
        return new AnswerDraft(parts, Abstained: false);
    }

    private static AnswerDraft Why(QuestionAnalysis q, CorpusKnowledge k)
    {
        var decision = BestDecision(q, k);
        var aboutReaction = q.KnownWords.Any(w => w.Stem is "critic" or "flak" or "backlash" or "pushback" || Bot.Retrieval.SynonymTable.AreSynonyms(w.Stem, "critic") || Bot.Retrieval.SynonymTable.AreSynonyms(w.Stem, "fear"));
        if (aboutReaction)
        {
            return General(q, k);
        }

        var aboutDecision = decision is not null && (IsAboutDecision(q, k, decision) || q.ImpliedActor is not null || q.KnownWords.Count == 0);
        if (!aboutDecision)
        {
            return General(q, k, s => Bot.StoryMap.Cues.Purpose().IsMatch(s.Text) ? 1.5 : 0);
        }

        var focus = q.FocusActor;
        var reasons = decision!.Reasons
            .OrderByDescending(r => focus is not null && r.StatedByActorId == focus.Id)
            .ThenBy(r => r.StatedByActorId is null || k.Story.FindActor(r.StatedByActorId)?.Kind == ActorKind.Group ? 0 : 1)
            .Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!)
            .Take(2)
            .ToList();
        var unknownReason = decision.Unknowns
            .Select(u => k.Corpus.FindSentence(u.SentenceId)!)
            .FirstOrDefault(s => RationaleUnknown().IsMatch(s.Text));
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

    private static AnswerDraft When(QuestionAnalysis q, CorpusKnowledge k)
    {
        var ranked = SentenceRanker.Rank(k, TopicOf(q, k), ActorsOf(q), s => ConcreteTime(s.Text) ? 1.0 : 0);
        var best = ranked.FirstOrDefault();
        if (best is null || best.Coverage < 0.4)
        {
            return AbstainWithContext(q, k, "The articles don't say when that happened.");
        }

        var timed = ranked.Take(3).FirstOrDefault(r => ConcreteTime(r.Sentence.Text) && r.Coverage >= best.Coverage * 0.75);
        if (timed is null)
        {
            return new AnswerDraft([AnswerPart.Plain("The articles don't give a date or time for that."), .. Related(best)], Abstained: true);
        }

        if (q.AsksExactTime && !ExplicitDate().IsMatch(timed.Sentence.Text))
        {
            return new AnswerDraft([AnswerPart.Plain("The articles don't give an exact date; the closest they come is this."), AnswerPart.Quote(timed.Sentence)], Abstained: true);
        }

        return new AnswerDraft([AnswerPart.Quote(timed.Sentence)], Abstained: false);
    }

    private static AnswerDraft HowLong(QuestionAnalysis q, CorpusKnowledge k)
    {
        var ranked = SentenceRanker.Rank(k, TopicOf(q, k), ActorsOf(q), s => Duration().IsMatch(s.Text) ? 2.0 : 0);
        var chosen = ranked.Where(r => Duration().IsMatch(r.Sentence.Text)).Take(2).Select(r => r.Sentence).ToList();
        if (chosen.Count == 0)
        {
            return AbstainWithContext(q, k, "The articles don't say how long it will last.");
        }

        return new AnswerDraft(chosen.OrderByDescending(s => DurationUnknown().IsMatch(s.Text)).Select(AnswerPart.Quote).ToList(), Abstained: false);
    }

    private static AnswerDraft HowMany(QuestionAnalysis q, CorpusKnowledge k)
    {
        var ranked = SentenceRanker.Rank(k, q.KnownWords, ActorsOf(q));
        var best = ranked.FirstOrDefault(r => r.Coverage >= 0.5 && Quantity().IsMatch(r.Sentence.Text));
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

    private static AnswerDraft GroupNames(QuestionAnalysis q, CorpusKnowledge k)
    {
        var group = q.Actors.First(a => a.Actor.Kind == ActorKind.Group).Actor;
        var members = group.MemberIds.Select(k.Story.FindActor).OfType<Actor>().ToList();
        var groupStances = k.Story.ReactionsBy(group.Id).Select(r => r.Stance).ToHashSet();
        if (members.Count == 0 && group.Id == Story.CriticsActorId && groupStances.Contains(Stance.Critical))
        {
            return WhoReacted(q, k, [Stance.Critical]); // "who are the critics?" — those the articles report criticizing
        }
        if (members.Count == 0)
        {
            return AbstainWithContext(q, k, $"The articles don't name the {group.ShortName}.", group);
        }

        var evidence = group.SentenceIds.Select(id => k.Corpus.FindSentence(id)!).Where(s => members.Any(m => MentionsActor(k, s.Id, m))).Take(1).ToList();
        return new AnswerDraft(
            [new AnswerPart($"The articles name {AnswerText.JoinAnd(members.Select(m => m.Display).ToList())}.", evidence), .. evidence.Select(AnswerPart.Quote)],
            Abstained: false);
    }

    /// <summary>
    /// A question that presumes the main decision was reversed ("why did they resume the attacks?") when the
    /// articles report no reversal: say so, and cite what they do report.
    /// </summary>
    private static AnswerDraft? Reversal(QuestionAnalysis q, CorpusKnowledge k)
    {
        var text = string.Join(' ', q.Words.Select(w => w.Lower));
        var decision = k.Story.PrimaryDecision;
        if (decision is null || q.Kind is QuestionKind.HowLong || !QuestionPatterns.Reversal().IsMatch(text) || QuestionPatterns.HaltWord().IsMatch(text))
        {
            return null;
        }

        var reported = k.Corpus.Sentences.Any(s => QuestionPatterns.Reversal().IsMatch(s.Text) && decision.AgentEvidence.Any(e => e.SentenceId == s.Id));
        if (reported)
        {
            return null;
        }

        var lead = k.Corpus.FindSentence(decision.Evidence.SentenceId)!;
        return new AnswerDraft([AnswerPart.Plain("The articles don't report that. What they report is the opposite:"), AnswerPart.Quote(lead)], Abstained: true);
    }

    /// <summary>
    /// "What does 'conciliatory' mean here?": the sentence that uses the word, and the words the bot's news thesaurus
    /// groups with it, as a pointer to its sense — not a dictionary definition.
    /// </summary>
    private static AnswerDraft Meaning(QuestionAnalysis q, CorpusKnowledge k)
    {
        var term = QuestionPatterns.Meaning().Match(string.Join(' ', q.Words.Select(w => w.Lower))).Groups["term"].Value;
        var stem = Bot.Core.Text.WordStemmer.Stem(term);
        var uses = k.Corpus.Sentences.Where(s => k.StemsOf(s).Contains(stem)).Take(2).ToList();
        if (uses.Count == 0)
        {
            return Abstain("The articles don't use that word.");
        }

        var parts = new List<AnswerPart> { new($"The articles use \u201C{term}\u201D here:", uses.Take(1).ToList()), AnswerPart.Quote(uses[0]) };
        var related = Bot.Retrieval.SynonymTable.ExpandWords(term).Where(w => w != term && Bot.Core.Text.WordStemmer.Stem(w) != stem).Take(5).ToList();
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

    /// <summary>"What did the defense secretary order?": the decision attributed to that person, and the sentence naming them.</summary>
    private static AnswerDraft WhatDecided(QuestionAnalysis q, CorpusKnowledge k)
    {
        var person = q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person && k.Story.DecisionsBy(a.Actor.Id).Any())?.Actor
                     ?? q.Actors.Select(a => a.Actor).FirstOrDefault(a => k.Story.DecisionsBy(a.Id).Any())
                     ?? q.Actors[0].Actor;
        var decisions = k.Story.DecisionsBy(person.Id).ToList();
        if (decisions.Count == 0 && QuestionPatterns.WhatHalted().IsMatch(string.Join(' ', q.Words.Select(w => w.Lower))) && k.Story.PrimaryDecision is { } main)
        {
            decisions.Add(main); // "what did trump's team halt?": the halt itself, whoever is credited with it
        }

        if (decisions.Count == 0)
        {
            return AbstainWithContext(q, k, $"The articles don't attribute a decision to {person.Name}.", person);
        }

        var parts = new List<AnswerPart>();
        foreach (var decision in decisions.Take(2))
        {
            var lead = k.Corpus.FindSentence(decision.Evidence.SentenceId)!;
            var agentSentence = decision.AgentEvidence.Select(e => k.Corpus.FindSentence(e.SentenceId)!).FirstOrDefault(s => MentionsActor(k, s.Id, person));
            parts.Add(AnswerPart.Quote(lead));
            if (agentSentence is not null && agentSentence.Id != lead.Id)
            {
                parts.Add(AnswerPart.Quote(agentSentence));
            }
        }

        return new AnswerDraft(parts, Abstained: false);
    }

    /// <summary>"What don't we know?": what the articles themselves say is not public or not known.</summary>
    private static AnswerDraft Unknowns(CorpusKnowledge k)
    {
        var unknowns = k.Story.Decisions.SelectMany(d => d.Unknowns).DistinctBy(u => u.SentenceId).Take(3)
            .Select(u => k.Corpus.FindSentence(u.SentenceId)!).OrderBy(s => s.Ordinal).ToList();
        return unknowns.Count == 0
            ? Abstain("The articles don't point out anything as unknown.")
            : new AnswerDraft([AnswerPart.Plain("The articles say these things are not public or not yet known:"), .. unknowns.Select(AnswerPart.Quote)], Abstained: false);
    }

    /// <summary>
    /// "Did Russia launch a cyberattack after the halt?": a yes/no question about something a named party did, where
    /// no sentence has that party doing it (the party never appears before the verb or a synonym of it).
    /// </summary>
    private static AnswerDraft? UnreportedEvent(QuestionAnalysis q, CorpusKnowledge k)
    {
        var words = q.Words;
        if (words.Count < 3 || words[0].Lower is not ("did" or "has" or "have" or "had") || q.Premise is not null)
        {
            return null;
        }

        var subjectIndex = words[1].Lower == "the" ? 2 : 1;
        if (subjectIndex + 1 >= words.Count)
        {
            return null;
        }

        var subject = words[subjectIndex];
        var isParty = k.Vocabulary.IsProperNoun(subject.Lower) && !GenericWords.Contains(subject.Lower)
                      && q.Actors.All(a => a.TokenIndex != subjectIndex);
        var verb = words.Skip(subjectIndex + 1).FirstOrDefault(w => !Bot.Core.Text.StopWords.IsStopWord(w.Lower) && k.Vocabulary.CoversStem(w.Stem));
        if (!isParty || verb is null || QuestionPatterns.StanceVerb().IsMatch(verb.Lower) || QuestionPatterns.Reaction().IsMatch(verb.Lower))
        {
            return null;
        }

        var subjectStems = Bot.Retrieval.SynonymTable.Expand(subject.Stem).Append(subject.Stem).ToHashSet(StringComparer.Ordinal);
        var verbStems = Bot.Retrieval.SynonymTable.Expand(verb.Stem).Append(verb.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var sentence in k.Corpus.Sentences)
        {
            var tokens = Bot.Core.Text.Tokenizer.Tokenize(sentence.Text);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!subjectStems.Contains(Bot.Core.Text.WordStemmer.Stem(tokens[i].Lower)))
                {
                    continue;
                }

                // The verb must follow within the same clause: "Russia to continue cyber assaults".
                for (var j = i + 1; j < tokens.Count && j <= i + 4; j++)
                {
                    var between = sentence.Text[(tokens[j - 1].Start + tokens[j - 1].Length)..tokens[j].Start];
                    if (between.IndexOfAny([',', ';', ':']) >= 0)
                    {
                        break;
                    }

                    if (verbStems.Contains(Bot.Core.Text.WordStemmer.Stem(tokens[j].Lower)))
                    {
                        return null;
                    }
                }
            }
        }

        return AbstainWithContext(q, k, "The articles don't report that.");
    }

    /// <summary>"Who criticized it?", "who is worried?": the actors whose reactions match, each cited.</summary>
    private static AnswerDraft WhoReacted(QuestionAnalysis q, CorpusKnowledge k, HashSet<Stance>? stances = null)
    {
        var wanted = stances ?? WantedStances(q);
        var reactions = k.Story.Reactions
            .Where(r => wanted.Count == 0 ? r.Stance != Stance.Statement : wanted.Contains(r.Stance))
            .Where(r => !(wanted.Contains(Stance.Critical) && wanted.Contains(Stance.Supportive)) || r.Stance is Stance.Critical or Stance.Supportive)
            .ToList();
        if (reactions.Count == 0)
        {
            return General(q, k);
        }

        var topic = q.KnownWords
            .Where(w => !QuestionPatterns.Reaction().IsMatch(w.Lower) && !QuestionPatterns.HaltWord().IsMatch(w.Lower) && !QuestionPatterns.DecisionWord().IsMatch(w.Lower)
                        && !ReactionVerbs().IsMatch(w.Lower))
            .ToList();
        var relevant = topic.Count == 0
            ? reactions
            : reactions.Where(r => SentenceRanker.Rank(k, topic, []).Any(x => x.Sentence.Id == r.Evidence.SentenceId && x.Coverage >= 0.3)).ToList();
        if (relevant.Count == 0)
        {
            relevant = reactions;
        }

        var parts = relevant
            .GroupBy(r => r.Evidence.SentenceId)
            .Select(g => g.First())
            .Take(4)
            .Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!)
            .OrderBy(s => s.Ordinal)
            .Select(AnswerPart.Quote)
            .ToList();
        var names = relevant.Select(r => k.Story.FindActor(r.ActorId)).OfType<Actor>()
            .Where(a => a.Kind == ActorKind.Person || relevant.All(r => !a.MemberIds.Contains(r.ActorId)))
            .DistinctBy(a => a.Id).Take(5).Select(a => a.Kind == ActorKind.Person ? a.Display : a.Name).ToList();
        parts.Insert(0, AnswerPart.Plain($"The articles report this from {AnswerText.JoinAnd(names)}:"));
        return new AnswerDraft(parts, Abstained: false);
    }

    /// <summary>"Where does this come from?": the attributions the articles give (officials, reports) and the articles themselves.</summary>
    private static AnswerDraft Sourcing(QuestionAnalysis q, CorpusKnowledge k)
    {
        var attributions = k.Story.Reactions
            .Where(r => r.Stance == Stance.Statement && k.Story.FindActor(r.ActorId)?.Kind == ActorKind.Group)
            .Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!)
            .DistinctBy(s => s.Id)
            .Take(3)
            .ToList();
        var titles = AnswerText.JoinAnd(k.Corpus.Articles.Take(3).Select(a => $"\"{a.Title}\"" + (a.Outlet is null ? "" : $" ({a.Outlet})")).ToList());
        var parts = new List<AnswerPart> { AnswerPart.Plain($"My answers come from the article text: {titles}. Within it, the reporting is attributed like this:") };
        parts.AddRange(attributions.Select(AnswerPart.Quote));
        return new AnswerDraft(parts, Abstained: attributions.Count == 0);
    }

    private static AnswerDraft General(QuestionAnalysis q, CorpusKnowledge k, Func<Sentence, double>? bonus = null)
    {
        var stances = WantedStances(q);
        if (bonus is null && stances.Count > 0)
        {
            bonus = s => k.Story.ReactionsIn(s.Id).Any(r => stances.Contains(r.Stance)) ? 1.0 : 0;
        }

        var words = q.KnownWords;
        if (words.Count == 0 && q.FocusActor is null)
        {
            return q.ImpliedActor is null && q.Premise is null ? Abstain(Refusal(k)) : StoryBriefs.Summary(k);
        }

        var ranked = SentenceRanker.Rank(k, words, ActorsOf(q), bonus);
        var top = ranked.Take(5).ToList();
        if (top.Count == 0 || (top.Max(r => r.Coverage) < 0.45 && words.Count > 0))
        {
            return AbstainWithContext(q, k, "The articles don't say.");
        }

        var best = top[0].Coverage >= 0.3 ? top[0] : top.MaxBy(r => r.Coverage)!;
        if (QuestionPatterns.AsksSpecifics().IsMatch(string.Join(' ', q.Words.Select(w => w.Lower))))
        {
            return new AnswerDraft([AnswerPart.Plain("The articles don't go into that level of detail. What they do say:"), AnswerPart.Quote(best.Sentence)], Abstained: true);
        }

        var chosen = new List<Sentence> { best.Sentence };
        var second = ranked.FirstOrDefault(r => r != best);
        if (second is not null && second.Score >= best.Score * 0.8 && second.Coverage >= 0.5)
        {
            chosen.Add(second.Sentence);
        }

        return new AnswerDraft(chosen.OrderBy(s => s.Ordinal).Select(AnswerPart.Quote).ToList(), Abstained: false);
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
        var text = string.Join(' ', q.Words.Select(w => w.Lower));
        if (QuestionPatterns.HaltWord().IsMatch(text) || QuestionPatterns.DecisionWord().IsMatch(text) || QuestionPatterns.Pronoun().IsMatch(text))
        {
            return true;
        }

        var actionStems = TextStems.Of(decision.Action);
        return q.Actors.Any(a => decision.AgentActorIds.Contains(a.Actor.Id))
               || q.KnownWords.Count(w => actionStems.Contains(w.Stem)) >= 2;
    }

    /// <summary>A topic word the corpus never uses that is plainly what the question is about.</summary>
    private static string? UnknownFocus(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (q.UnknownWords.Count == 0)
        {
            return null;
        }

        var properNoun = q.UnknownWords.FirstOrDefault(w => w.IsCapitalized && q.Words.Count > 0 && !ReferenceEquals(q.Words[0], w));
        if (properNoun is not null)
        {
            return properNoun.Original;
        }

        var subject = QuestionPatterns.AuxSubject().Match(string.Join(' ', q.Words.Select(w => w.Lower)));
        var unknownSubject = subject.Success ? q.UnknownWords.FirstOrDefault(w => w.Lower == subject.Groups["subject"].Value) : null;
        if (unknownSubject is not null)
        {
            return unknownSubject.Lower;
        }

        var noun = QuestionPatterns.WhichHead(q.Words);
        if (noun is not null && !QuestionPatterns.PersonCategory().IsMatch(noun) && !QuestionPatterns.PlaceCategory().IsMatch(noun))
        {
            var asked = q.UnknownWords.FirstOrDefault(w => w.Lower == noun);
            if (asked is not null)
            {
                return "which " + asked.Lower;
            }
        }

        var firstTopic = q.Words.FirstOrDefault(w => !Bot.Core.Text.StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower));
        if (firstTopic is not null && q.UnknownWords.Contains(firstTopic) && LooksLikeTopicNoun(q, firstTopic))
        {
            return firstTopic.Lower; // "polls on whether ...", "what's the weather in Kyiv": the thing asked about is what the articles lack
        }

        if (QuestionPatterns.PersonalDetail().IsMatch(string.Join(' ', q.Words.Select(w => w.Lower))))
        {
            return "that detail";
        }

        var properName = AbsentProperName(q, k);
        if (properName is not null)
        {
            return properName;
        }

        var knownTopic = q.KnownWords.Count + (q.FocusActor is null ? 0 : 1);
        return q.UnknownWords.Count >= 2 && q.UnknownWords.Count >= knownTopic ? "that" : null;
    }

    /// <summary>
    /// "weather like in ...", "polls on ...", "recipe for ...": an unknown word followed by a preposition that
    /// introduces what it is about. Verbs and comparatives ("kicked off", "tougher or") are not topics.
    /// </summary>
    private static bool LooksLikeTopicNoun(QuestionAnalysis q, QuestionWord word)
    {
        var index = q.Words.ToList().IndexOf(word);
        var next = index + 1 < q.Words.Count ? q.Words[index + 1].Lower : "";
        var lower = word.Lower;
        var verbLike = lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ly", StringComparison.Ordinal);
        return !verbLike && next is "in" or "on" or "about" or "for" or "like" or "at";
    }

    /// <summary>
    /// A run of capitalised words ("US Cyber Command", "Emmanuel Macron") with a word the articles never capitalise:
    /// a name the corpus does not contain. Title-case questions ("What Did Schumer Say") are left alone.
    /// </summary>
    private static string? AbsentProperName(QuestionAnalysis q, CorpusKnowledge k)
    {
        var words = q.Words;
        if (words.Count(w => w.IsCapitalized) > words.Count * 0.6)
        {
            return null;
        }

        for (var i = 1; i + 1 < words.Count; i++)
        {
            var pair = words.Skip(i).Take(2).ToList();
            if (pair.All(w => w.IsCapitalized && !w.WasCorrected) && pair.Any(w => !k.Vocabulary.IsCapitalizedInCorpus(w.Lower)))
            {
                return $"{pair[0].Original} {pair[1].Original}";
            }
        }

        return null;
    }

    /// <summary>The subject of "what did X say / how did X react" when X is not someone the articles report on.</summary>
    private static string? ReactionSubject(QuestionAnalysis q)
    {
        var text = string.Join(' ', q.Words.Select(w => w.Lower));
        var match = SubjectOfReaction().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var subject = match.Groups["subject"].Value;
        if (Pronouns().IsMatch(subject) || ReferencesActor(q, match.Groups["subject"]) || subject.Split(' ').All(Bot.Core.Text.StopWords.IsStopWord))
        {
            return null;
        }

        return subject.StartsWith("the ", StringComparison.Ordinal) ? subject : "the " + subject;
    }

    /// <summary>True when the words of <paramref name="span"/> include one an actor reference was found at.</summary>
    private static bool ReferencesActor(QuestionAnalysis q, Group span)
    {
        var offset = 0;
        for (var i = 0; i < q.Words.Count; i++)
        {
            var start = offset;
            offset += q.Words[i].Lower.Length + 1;
            if (start >= span.Index && start < span.Index + span.Length && q.Actors.Any(a => a.TokenIndex == i))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<Stance> WantedStances(QuestionAnalysis q)
    {
        var text = string.Join(' ', q.Words.Select(w => w.Lower));
        var wanted = new HashSet<Stance>();
        if (Regex.IsMatch(text, @"\b(fear|worr|concern|afraid|alarm|risk)"))
        {
            wanted.Add(Stance.Concerned);
        }

        if (Regex.IsMatch(text, @"\b(critici|oppos|support|praise|endorse|back|think|argu|bad|flaw|ok|fine|happy|agree|upset|angry)"))
        {
            wanted.Add(Stance.Critical);
            wanted.Add(Stance.Supportive);
        }

        if (Regex.IsMatch(text, @"\b(support|ok|fine|happy|agree|upset)"))
        {
            wanted.Add(Stance.Concerned);
        }

        if (Regex.IsMatch(text, @"\b(deny|denied|plan|premeditat|defend)"))
        {
            wanted.Add(Stance.Denial);
        }

        if (Regex.IsMatch(text, @"\bdefend"))
        {
            wanted.Add(Stance.Supportive);
            wanted.Remove(Stance.Critical);
        }

        return wanted;
    }

    private static AnswerDraft AbstainWithContext(QuestionAnalysis q, CorpusKnowledge k, string message, Actor? about = null)
    {
        var parts = new List<AnswerPart> { AnswerPart.Plain(message) };
        about ??= q.FocusActor;
        IEnumerable<Sentence> context = [];
        if (about is not null)
        {
            var first = about.SentenceIds.Select(id => k.Corpus.FindSentence(id)).OfType<Sentence>().FirstOrDefault();
            if (first is not null)
            {
                parts.Add(AnswerPart.Plain($"What they do say about {about.Name}:"));
                context = [first];
            }
        }

        parts.AddRange(context.Select(AnswerPart.Quote));
        return new AnswerDraft(parts, Abstained: true);
    }

    private static IEnumerable<AnswerPart> Related(RankedSentence best) =>
        best.Coverage >= 0.5 ? [AnswerPart.Plain("What they do say:"), AnswerPart.Quote(best.Sentence)] : [];

    private static AnswerDraft Abstain(string message) => new([AnswerPart.Plain(message)], Abstained: true);

    internal static string Refusal(CorpusKnowledge k) =>
        $"Sorry, I can only answer questions about the news in my articles ({Topics(k)}). Ask me who decided what, why, how people reacted, or for a summary.";

    private static string Help(CorpusKnowledge k) =>
        $"I answer questions about {Topics(k)}, quoting the articles as sources. Try \"Who made the decision?\", \"Why?\", \"What did critics say?\" or the summary, who, why, timeline and sources commands.";

    private static string Topics(CorpusKnowledge k)
    {
        var titles = k.Corpus.Articles.Take(2).Select(a => $"\"{a.Title}\"").ToList();
        var more = k.Corpus.Articles.Count - titles.Count;
        return titles.Count == 0 ? "no articles yet" : string.Join("; ", titles) + (more > 0 ? $" and {more} more" : "");
    }

    /// <summary>
    /// The question's topic words; for a bare follow-up ("how long?", "when?") with none, the main decision of the
    /// story, which is what such a question is about.
    /// </summary>
    private static IReadOnlyList<QuestionWord> TopicOf(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (q.KnownWords.Count > 0 || q.Actors.Count > 0 || k.Story.PrimaryDecision is not { } decision)
        {
            return q.KnownWords;
        }

        return QuestionAnalyzer.ToWords(decision.Action, k.Vocabulary).Where(w => !Bot.Core.Text.StopWords.IsStopWord(w.Lower)).ToList();
    }

    private static IReadOnlyCollection<Actor> ActorsOf(QuestionAnalysis q) =>
        q.Actors.Select(a => a.Actor).Concat(q.ImpliedActor is null ? [] : [q.ImpliedActor]).Distinct().ToArray();

    private static bool IsActorWord(QuestionWord word, Actor actor) =>
        (actor.Name + " " + actor.Role + " " + actor.ShortName).Contains(word.Lower, StringComparison.OrdinalIgnoreCase);

    private static bool MentionsActor(CorpusKnowledge k, string sentenceId, Actor actor) =>
        k.Story.MentionsIn(sentenceId).Any(m => m.ActorId == actor.Id);

    private static bool ConcreteTime(string text) =>
        Bot.StoryMap.Cues.Ago().IsMatch(text) || ExplicitDate().IsMatch(text) || RelativeTime().IsMatch(text);

    [GeneratedRegex(@"\b(what|how)\s+(do|did|would)\s+you\s+(really\s+)?(think|feel)|\byour\s+(own\s+)?(opinion|view|take|thoughts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opinion();

    [GeneratedRegex(@"^(rais\w*|voic\w*|express\w*|shar\w*|hav\w*|fear\w*|concern\w*|worr\w*|critic\w*|move|decision|this|it)$")]
    private static partial Regex ReactionVerbs();

    [GeneratedRegex(@"\b(rationale|reason|motive|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RationaleUnknown();

    [GeneratedRegex(@"\b((January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{1,2})?(,?\s+\d{4})?|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(19|20)\d{2}|\d{1,2}/\d{1,2}(/\d{2,4})?)\b")]
    private static partial Regex ExplicitDate();

    [GeneratedRegex(@"\b(prior\s+to|before|after|following|since|earlier|recent(ly)?|last\s+(week|month|year)|yesterday|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\b(duration|temporary|temporarily|permanent|indefinite(ly)?|(remains?|is|are)\s+(uncertain|unclear|unknown)|until|for\s+\d+\s+(days|weeks|months))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\bduration\b.*\b(uncertain|unclear|unknown)\b|\b(uncertain|unclear|unknown)\b.*\bduration\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationUnknown();

    [GeneratedRegex(@"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(White\s+House|Pentagon|Kremlin|Capitol|in\s+[A-Z][a-z]+|at\s+the\s+[A-Z][a-z]+|headquarters|embassy|summit\s+in)\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(?<subject>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:say|said|react|reacted|respond|responded|think|feel|comment|commented|reply|replied|make\s+of|view|see)\b|\b(?<subject>[a-z]+)\s+(?:reaction|response|responded|reacted|comments?|statement|stance|position)\s+(?:to|on|about)\b")]
    private static partial Regex SubjectOfReaction();

    [GeneratedRegex(@"^(the\s+)?(he|she|they|it|you|i|we|him|her|them|people|anyone|everyone|this|that|article|articles|story|news|critics|officials|experts|report|reports|government|administration|us|usa|u\.s)$")]
    private static partial Regex Pronouns();
}
