using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>Answers about people: who someone is, what they decided or said, who reacted.</summary>
public sealed partial class ExtractiveAnswerer
{
    private static AnswerDraft WhoIs(QuestionAnalysis q, CorpusKnowledge k, bool withActions)
    {
        // "which foreign leader does Trump plan to meet?": the person asked for is the one the title describes, not the one named.
        var asksForTitled = QuestionPatterns.WhichHead(q.Words) is { } head && QuestionPatterns.PersonCategory().IsMatch(head);
        var named = q.Actors.FirstOrDefault(a => !a.ByTitle && a.Actor.Kind == ActorKind.Person)?.Actor;
        var titled = q.Actors.FirstOrDefault(a => a.ByTitle && a.Actor.Kind == ActorKind.Person)?.Actor;
        var actor = (asksForTitled ? titled ?? named : named ?? titled) ?? q.FocusActor!;
        if (actor.Kind == ActorKind.Group)
        {
            return Reaction(q, k);
        }

        var people = q.Actors.Where(a => !a.ByTitle && a.Actor.Kind == ActorKind.Person).Select(a => a.Actor).Distinct().ToList();
        if (withActions && people.Count >= 2)
        {
            // "waltz vs schumer": each of them, in the order asked.
            var each = people.Take(3).Select(p => WhoIs(q with { Actors = q.Actors.Where(a => a.Actor == p).ToList() }, k, withActions)).ToList();
            return new AnswerDraft(each.SelectMany(d => d.Parts).ToList(), each.All(d => d.Abstained));
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
        if (actor.Id == Story.CriticsActorId)
        {
            // "the critics" are whoever criticized, and anything the articles report from "critics" themselves ("Critics fear ...").
            reactions = [.. reactions, .. k.Story.Reactions.Where(r => r.Stance == Stance.Critical && r.ActorId != actor.Id)];
        }
        if (SaidBySomeoneElse(q, k, actor) is { } statement && reactions.All(r => r.Evidence.SentenceId != statement.Id))
        {
            var speaker = k.Story.ReactionsIn(statement.Id).Select(r => k.Story.FindActor(r.ActorId)).OfType<Actor>().First(a => a.Kind == ActorKind.Person);
            var own = SentencesOf(reactions, k).Take(1).ToList();
            List<AnswerPart> parts = DeciderTakingSide(q, k, actor) is { } side
                ? [.. side, AnswerPart.Plain($"They report it from {speaker.Name}:"), AnswerPart.Quote(statement)]
                : [new AnswerPart($"The articles don't report that from {actor.Name}; they report it from {speaker.Name}:", []), AnswerPart.Quote(statement)];
            if (own.Count > 0)
            {
                parts.Add(AnswerPart.Plain($"What they report from {actor.Name}:"));
                parts.AddRange(own.Select(AnswerPart.Quote));
            }

            return new AnswerDraft(parts, Abstained: false);
        }

        // "did the White House say it was planned?": no statement from the administration as a body, but its officials spoke.
        var statementAsked = StatementAsked().IsMatch(q.LowerText);
        var officials = reactions.Count == 0 && statementAsked && !QuestionPatterns.PolicyToward().IsMatch(q.LowerText)
            ? ReactionsOfOfficials(actor, k) : [];
        var throughOfficials = officials.Count > 0;
        if (throughOfficials)
        {
            reactions = officials;
        }

        if (reactions.Count == 0)
        {
            // "the administration's response to Russian cyber threats": a sentence about the actor has every topic word.
            var topicWords = q.KnownWords.Where(w => !IsActorWord(w, actor)).ToList();
            var described = (topicWords.Count >= 2 || (topicWords.Count == 1 && q.UnknownWords.Count == 0)) && QuestionPatterns.PolicyToward().IsMatch(q.LowerText)
                ? SentenceRanker.Rank(k, topicWords, [actor]).FirstOrDefault(r => r.Coverage >= 0.99 && MentionsActor(k, r.Sentence.Id, actor))
                : null;
            if (described is not null)
            {
                return new AnswerDraft([AnswerPart.Quote(described.Sentence)], Abstained: false);
            }

            var decided = k.Story.DecisionsBy(actor.Id).Any();
            var what = decided
                ? $"The articles don't quote {actor.Name} directly; they report the decision attributed to {actor.Name}."
                : $"The articles don't report any statement or reaction from {actor.Name}.";
            // "whose administration is the article about?": what the actor did answers a question that asks for no statement.
            if (decided && q.Kind is QuestionKind.Profile or QuestionKind.WhoIs && !StatementAsked().IsMatch(q.LowerText))
            {
                return new AnswerDraft(ActionsOf(actor, k).Take(2).Select(AnswerPart.Quote).ToList(), Abstained: false);
            }

            if (DeciderTakingSide(q, k, actor) is { } side)
            {
                return new AnswerDraft(side, Abstained: false);
            }

            // "how has the administration's stance towards Moscow changed?", "explain the hegseth russia cyber thing":
            // the one who decided, asked to be described rather than for anything said: the sentences about it answer.
            var stanceAsked = QuestionPatterns.PolicyToward().Match(q.LowerText) is { Success: true } stance && !stance.Value.StartsWith("response", StringComparison.Ordinal);
            if (decided && (!statementAsked || stanceAsked) && !RespondedTo().IsMatch(q.LowerText)
                && topicWords.Count > 0 && q.UnknownWords.All(w => w.Lower.All(char.IsAsciiDigit)) // "like im 12"
                && General(q with { UnknownWords = [] }, k) is { Abstained: false } description)
            {
                // What was decided and by whom comes first; the sentences on the question's other words follow.
                var decision = k.Story.DecisionsBy(actor.Id).First();
                var decisionSentences = new[] { decision.Evidence.SentenceId }.Concat(decision.AgentEvidence.Where(e => MentionsActor(k, e.SentenceId, actor)).Select(e => e.SentenceId).Take(1))
                    .Select(k.Corpus.FindSentence).OfType<Sentence>().Distinct().Select(AnswerPart.Quote);
                return new AnswerDraft(decisionSentences.Concat(description.Parts).DistinctBy(p => p.Text).ToList(), Abstained: false);
            }

            return decided
                ? new AnswerDraft([new AnswerPart(what, []), .. ActionsOf(actor, k).Take(2).Select(AnswerPart.Quote)], Abstained: true)
                : AbstainWithContext(q, k, what, actor);
        }

        // "did Trump comment on the halt?": remarks reported on other matters are not a statement about the decision.
        if (actor.Kind == ActorKind.Person && reactions.All(r => r.Stance == Stance.Statement) && QuestionPatterns.HaltWord().IsMatch(q.LowerText)
            && q.Actors.All(a => a.Actor.Id == actor.Id))
        {
            var reported = SentencesOf(reactions, k).Take(1);
            return new AnswerDraft([AnswerPart.Plain($"The articles don't report {actor.Name} commenting on the decision itself. What they report about {actor.Name}'s remarks:"), .. reported.Select(AnswerPart.Quote)], Abstained: true);
        }

        var topic = q.KnownWords.Where(w => !IsActorWord(w, actor)).ToList();
        var ranked = SentenceRanker.Rank(k, topic, [actor], s => reactions.Any(r => r.Evidence.SentenceId == s.Id) ? 3 + (reactions.Any(r => r.Evidence.SentenceId == s.Id && wanted.Contains(r.Stance)) ? 1 : 0) : 0);
        var chosen = ranked
            .Where(r => reactions.Any(x => x.Evidence.SentenceId == r.Sentence.Id) || (topic.Count > 0 && r.Coverage >= 0.99 && MentionsActor(k, r.Sentence.Id, actor)))
            .Take(2).Select(r => r.Sentence).ToList();
        if (chosen.Count == 0)
        {
            chosen = SentencesOf(reactions, k).Take(2).ToList();
        }

        if (UnaddressedTopic(q, k, actor, SentencesOf(reactions, k).ToList()) is { } unaddressed)
        {
            return new AnswerDraft([AnswerPart.Plain($"The articles don't report {actor.Name} saying anything about {unaddressed}. What they report from {actor.Name}:"), .. SentencesOf(reactions.OrderBy(r => r.Stance == Stance.Statement), k).Take(1).Select(AnswerPart.Quote)], Abstained: true);
        }

        // "his exact words": only a direct quotation answers that, and a paraphrase is not one.
        if (QuestionPatterns.VerbatimRequest().IsMatch(q.LowerText) && !chosen.Any(s => s.Text.IndexOfAny(['"', '\u201C']) >= 0))
        {
            return new AnswerDraft([AnswerPart.Plain($"The articles don't quote {actor.Name}'s exact words. What they report:"), .. chosen.Take(1).Select(AnswerPart.Quote)], Abstained: true);
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

        var quotes = chosen.OrderBy(s => s.Ordinal).Select(AnswerPart.Quote);
        return new AnswerDraft(throughOfficials
            ? [AnswerPart.Plain($"The articles report no statement from {actor.Name} as a whole; they report this from its officials:"), .. quotes]
            : quotes.ToList(), Abstained: false);
    }

    /// <summary>
    /// "what did Waltz say about how long the pause will last?": the topic after "say about", when none of its own words
    /// (beyond the story's headline words) is in what the person is reported to have said.
    /// </summary>
    private static string? UnaddressedTopic(QuestionAnalysis q, CorpusKnowledge k, Actor actor, List<Sentence> said)
    {
        if (said.Count == 0)
        {
            return null;
        }

        // "did waltz say how long the pause would last?": a duration, date or figure is needed, and none was said.
        var embedded = SaidHowLongOrWhen().Match(q.LowerText);
        if (embedded.Success && !said.Any(s => DurationOrFigure().IsMatch(s.Text)))
        {
            return embedded.Groups["clause"].Value.Trim();
        }

        var about = QuestionPatterns.SaidAbout().Match(q.LowerText);
        if (!about.Success)
        {
            return null;
        }

        var topicText = about.Groups["topic"].Value;
        var topicWords = ClaimWords(q, actor, w => !Regex.IsMatch(topicText, $@"\b{Regex.Escape(w.Lower)}\b") || k.HeadlineStems.Contains(w.Stem));
        if (topicWords.Count == 0 || q.UnknownWords.Any(w => topicText.Contains(w.Lower, StringComparison.Ordinal)))
        {
            return null;
        }

        var spoken = said.SelectMany(k.StemsOf).ToHashSet(StringComparer.Ordinal);
        return topicWords.Any(w => spoken.Contains(w.Stem) || spoken.Any(s => Bot.Retrieval.SynonymTable.AreSynonyms(s, w.Stem))) ? null : topicText.Trim();
    }

    /// <summary>
    /// What the officials of a government are reported saying: people whose title is an executive post (a secretary, an
    /// adviser, a minister, a spokesperson), when the actor asked about is that government as a body.
    /// </summary>
    private static List<Reaction> ReactionsOfOfficials(Actor government, CorpusKnowledge k)
    {
        if (government.Kind == ActorKind.Person || !GovernmentBody().IsMatch(government.Name))
        {
            return [];
        }

        return k.Story.Actors.Where(a => a.Kind == ActorKind.Person && ExecutivePost().IsMatch(a.Role ?? "") && !LegislativePost().IsMatch(a.Role ?? ""))
            .SelectMany(a => k.Story.ReactionsBy(a.Id)).Where(r => r.Stance != Stance.Statement).ToList();
    }

    [GeneratedRegex(@"\b(administration|government|white\s+house|cabinet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentBody();

    [GeneratedRegex(@"\b(secretary|adviser|advisor|minister|spokes\w+|chief\s+of\s+staff|attorney\s+general)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutivePost();

    [GeneratedRegex(@"\b(senat\w*|congress\w*|representative|opposition|minority|majority|shadow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LegislativePost();

    /// <summary>The sentences that report the reactions, each once, in the reactions' order.</summary>
    private static IEnumerable<Sentence> SentencesOf(IEnumerable<Reaction> reactions, CorpusKnowledge k) =>
        reactions.Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!).Distinct();

    /// <summary>"did Hegseth deny it was premeditated?": the statement is in the articles, made by someone else.</summary>
    private static Sentence? SaidBySomeoneElse(QuestionAnalysis q, CorpusKnowledge k, Actor actor)
    {
        var topic = q.KnownWords.Where(w => !IsActorWord(w, actor) && !GenericWords.Contains(w.Lower)).ToList();
        if (topic.Count < 2 || !YesNo().IsMatch(q.LowerText) || !QuestionPatterns.StanceVerb().IsMatch(q.LowerText))
        {
            return null;
        }

        var best = SentenceRanker.Rank(k, topic, []).FirstOrDefault();
        return best is not null && best.Coverage >= 0.99 && !MentionsActor(k, best.Sentence.Id, actor)
               && k.Story.ReactionsIn(best.Sentence.Id).Any(r => r.ActorId != actor.Id && k.Story.FindActor(r.ActorId)?.Kind == ActorKind.Person)
            ? best.Sentence
            : null;
    }

    /// <summary>"Who criticized it?", "who is worried?": the actors whose reactions match, each cited.</summary>
    private static AnswerDraft WhoReacted(QuestionAnalysis q, CorpusKnowledge k, HashSet<Stance>? stances = null)
    {
        var wanted = stances ?? WantedStances(q);
        var text = q.LowerText;
        if (stances is null && Regex.IsMatch(text, @"\b(support\w*|back(ed|ing)?|prais\w*|endors\w*|welcom\w*|applaud\w*|favou?r\w*)\b") && !Regex.IsMatch(text, @"\b(critici|oppos|against|object)"))
        {
            wanted = [Stance.Supportive]; // "who backed the decision?" is not answered by its critics
            if (!k.Story.Reactions.Any(r => r.Stance == Stance.Supportive))
            {
                return AbstainWithContext(q, k, "The articles don't report anyone supporting it.");
            }
        }
        var reactions = k.Story.Reactions
            .Where(r => wanted.Count == 0 ? r.Stance != Stance.Statement : wanted.Contains(r.Stance))
            .Where(r => !(wanted.Contains(Stance.Critical) && wanted.Contains(Stance.Supportive)) || r.Stance is Stance.Critical or Stance.Supportive)
            .ToList();
        if (reactions.Count == 0)
        {
            return General(q, k);
        }

        var namedPeople = reactions.Where(r => k.Story.FindActor(r.ActorId)?.Kind == ActorKind.Person).ToList();
        if (namedPeople.Count > 0 && ByName().IsMatch(text))
        {
            reactions = namedPeople; // "who is on record by name?": the people, not "officials" or "experts"
        }

        // "who's pushing back besides schumer?", "I see officials, experts... anyone else?": those named are left out.
        var others = q.Actors.Count > 0 && QuestionPatterns.OthersThan().IsMatch(text);
        if (others)
        {
            var named = q.Actors.Select(a => a.Actor).ToList();
            bool ByOthers(Reaction r) => named.All(a => a.Id != r.ActorId && !a.MemberIds.Contains(r.ActorId));
            reactions = reactions.Where(ByOthers).ToList();
            if (reactions.Count == 0)
            {
                // "who else is pushing back?": others who voiced concern push back too, if no one else criticized outright.
                reactions = k.Story.Reactions.Where(r => r.Stance is Stance.Critical or Stance.Concerned && ByOthers(r)).ToList();
            }

            if (reactions.Count == 0)
            {
                return AbstainWithContext(q, k, "The articles don't report anyone else reacting that way.");
            }
        }

        var ownerWords = DecisionOwnerWords(q, k);
        var topic = q.KnownWords
            .Where(w => !QuestionPatterns.Reaction().IsMatch(w.Lower) && !QuestionPatterns.HaltWord().IsMatch(w.Lower) && !QuestionPatterns.DecisionWord().IsMatch(w.Lower)
                        && !ReactionVerbs().IsMatch(w.Lower) && !(others && q.Actors.Any(a => ActorLookup.IsNameWord(a.Actor, w.Lower)))
                        && !ownerWords.Contains(w.Lower))
            .ToList();
        var ranked = topic.Count == 0 ? [] : SentenceRanker.Rank(k, topic, []);
        var relevant = topic.Count == 0
            ? reactions
            : reactions.Where(r => ranked.Any(x => x.Sentence.Id == r.Evidence.SentenceId && x.Coverage >= 0.3)).ToList();
        // "whose comments reflected a shift towards a conciliatory approach?": a sentence that has nearly every word
        // answers it, whoever is in it, before a reaction that shares a few.
        var bestCoverage = ranked.Count == 0 ? 0 : ranked.Max(x => x.Coverage);
        var bestReaction = ranked.Where(x => relevant.Any(r => r.Evidence.SentenceId == x.Sentence.Id)).Select(x => x.Coverage).DefaultIfEmpty(0).Max();
        if ((relevant.Count == 0 || (topic.Count >= 4 && bestCoverage >= 0.8 && bestReaction < bestCoverage - 0.3)) && topic.Count >= 2)
        {
            return General(q, k); // "whose comments at the meeting reflected a shift?": a sentence, not a list of critics, answers it
        }

        if (relevant.Count == 0)
        {
            relevant = reactions;
        }
        else if (topic.Count >= 2)
        {
            // "who said it lets russia off the hook?": the reaction that has the claim's words, not every one sharing one.
            double CoverageOf(Reaction r) => ranked.Where(x => x.Sentence.Id == r.Evidence.SentenceId).Select(x => x.Coverage).DefaultIfEmpty(0).Max();
            var top = relevant.Max(CoverageOf);
            relevant = relevant.Where(r => CoverageOf(r) >= top - 0.25).ToList();
        }

        // Named people first: "tl;dr of the reactions" should not spend its lines on groups before Waltz and Schumer.
        // Named people first, then reactions that say what could follow ("fear that ... could dilute ...").
        var cited = relevant
            .OrderBy(r => k.Story.FindActor(r.ActorId)?.Kind == ActorKind.Person ? 0 : QuestionPatterns.ForecastEffect().IsMatch(r.Evidence.Text) ? 1 : 2)
            .GroupBy(r => r.Evidence.SentenceId)
            .Select(g => g.First())
            .Take(4)
            .Select(r => r.Evidence.SentenceId)
            .ToHashSet(StringComparer.Ordinal);
        var parts = cited
            .Select(id => k.Corpus.FindSentence(id)!)
            .OrderBy(s => s.Ordinal)
            .Select(AnswerPart.Quote)
            .ToList();
        // The names of those whose words are quoted, people first.
        var names = relevant.Where(r => cited.Contains(r.Evidence.SentenceId)).Select(r => k.Story.FindActor(r.ActorId)).OfType<Actor>()
            .OrderBy(a => a.Kind == ActorKind.Person ? 0 : 1)
            .Where(a => a.Kind == ActorKind.Person || relevant.All(r => !a.MemberIds.Contains(r.ActorId)))
            .DistinctBy(a => a.Id).Take(5).Select(AnswerText.Named).ToList();
        parts.Insert(0, AnswerPart.Plain($"The articles report this from {AnswerText.JoinAnd(names)}:"));
        return new AnswerDraft(parts, Abstained: false);
    }

    /// <summary>
    /// "who defended the administration's approach?": the decision-maker's possessive and the noun it owns name the
    /// decision itself, which every reaction is about, not a topic a reaction has to share.
    /// </summary>
    private static HashSet<string> DecisionOwnerWords(QuestionAnalysis q, CorpusKnowledge k)
    {
        var owners = k.Story.PrimaryDecision?.AgentActorIds ?? [];
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in QuestionPatterns.OwnedDecision().Matches(q.LowerText).Cast<Match>())
        {
            var owner = match.Groups["owner"].Value;
            if (q.Actors.Any(a => owners.Contains(a.Actor.Id) && ActorLookup.IsNameWord(a.Actor, owner)))
            {
                words.Add(owner);
                words.Add(match.Groups["owned"].Value);
            }
        }

        return words;
    }

    /// <summary>
    /// "did Hegseth criticize the halt?": the one credited with the decision took no side against it — they made it.
    /// "was hegseth's directive meant to support the talks?" asks the decision's purpose, not a side, and is left alone.
    /// </summary>
    private static List<AnswerPart>? DeciderTakingSide(QuestionAnalysis q, CorpusKnowledge k, Actor actor)
    {
        var side = k.Story.DecisionsBy(actor.Id).Any() && YesNoOrTrue().IsMatch(q.LowerText) ? SideTaken().Match(q.LowerText) : Match.Empty;
        if (!side.Success || q.LowerText[..side.Index].EndsWith(" to ", StringComparison.Ordinal) || QuestionPatterns.PossessedDecision().IsMatch(q.Text))
        {
            return null;
        }

        var lead = side.Groups["against"].Success ? $"No. The articles credit {actor.Name} with the decision itself:" : $"The articles credit {actor.Name} with the decision itself:";
        return [AnswerPart.Plain(lead), .. ActionsOf(actor, k).Take(1).Select(AnswerPart.Quote)];
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
            // "is the report sourced to named officials?": a yes/no about whether they are named is answered by "no".
            // Where they are the source ("Officials disclosed ...") shows best that they go unnamed.
            var sourced = !YesNoOrTrue().IsMatch(q.LowerText) ? null
                : k.Story.ReactionsBy(group.Id).Where(r => r.Stance == Stance.Statement).Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)).OfType<Sentence>().FirstOrDefault()
                  ?? SentenceRanker.Rank(k, q.KnownWords, [group]).Select(r => r.Sentence).FirstOrDefault(s => group.SentenceIds.Contains(s.Id));
            if (sourced is not null)
            {
                return new AnswerDraft([AnswerPart.Plain($"No. The articles don't name the {group.ShortName}:"), AnswerPart.Quote(sourced)], Abstained: false);
            }

            return AbstainWithContext(q, k, $"The articles don't name the {group.ShortName}.", group);
        }

        var evidence = group.SentenceIds.Select(id => k.Corpus.FindSentence(id)!).Where(s => members.Any(m => MentionsActor(k, s.Id, m))).Take(1).ToList();
        if (QuestionPatterns.OthersThan().IsMatch(q.LowerText) && members.All(m => q.Actors.Any(a => a.Actor.Id == m.Id)))
        {
            // "which Democrats besides Schumer?": everyone the articles name is already excluded.
            return new AnswerDraft([new AnswerPart($"The articles don't name any others; {(members.Count == 1 ? "the only one they name is" : "the only ones they name are")} {AnswerText.JoinAnd(members.Select(m => m.Display).ToList())}.", evidence), .. evidence.Select(AnswerPart.Quote)], Abstained: true);
        }

        return new AnswerDraft(
            [new AnswerPart($"The articles name {AnswerText.JoinAnd(members.Select(m => m.Display).ToList())}.", evidence), .. evidence.Select(AnswerPart.Quote)],
            Abstained: false);
    }

    private static AnswerDraft WhoDecided(QuestionAnalysis q, CorpusKnowledge k)
    {
        var decision = BestDecision(q, k);
        if (decision is null)
        {
            return General(q, k);
        }

        var named = CreditedDeciders(decision, k);
        if (named.Count == 0)
        {
            return AbstainWithContext(q, k, "The articles don't say who made that decision.");
        }

        var evidence = decision.AgentEvidence
            .Where(e => named.Any(a => MentionsActor(k, e.SentenceId, a)))
            .Select(e => k.Corpus.FindSentence(e.SentenceId)!)
            .OrderByDescending(s => decision.Reasons.Any(r => r.Evidence.SentenceId == s.Id))
            .ThenBy(s => s.Ordinal)
            .Take(2)
            .ToList();
        var who = AnswerText.JoinAnd(named.Select(a => a.Display).ToList());
        var parts = new List<AnswerPart> { new($"{DeciderNamed}{who}.", evidence.Take(1).ToList()) };
        parts.AddRange(evidence.Select(AnswerPart.Quote));
        return new AnswerDraft(parts, Abstained: false);
    }

    /// <summary>Whom the articles credit with a decision: the people among its agents, or the groups when no person is named.</summary>
    private static List<Actor> CreditedDeciders(Decision decision, CorpusKnowledge k)
    {
        var agents = decision.AgentActorIds.Select(k.Story.FindActor).OfType<Actor>().ToList();
        var people = agents.Where(a => a.Kind == ActorKind.Person).ToList();
        return people.Count > 0 ? people : agents;
    }

    /// <summary>"What did the defense secretary order?": the decision attributed to that person, and the sentence naming them.</summary>
    private static AnswerDraft WhatDecided(QuestionAnalysis q, CorpusKnowledge k)
    {
        var person = q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person && k.Story.DecisionsBy(a.Actor.Id).Any())?.Actor
                     ?? q.Actors.Select(a => a.Actor).FirstOrDefault(a => k.Story.DecisionsBy(a.Id).Any())
                     ?? q.Actors[0].Actor;
        var decisions = k.Story.DecisionsBy(person.Id).ToList();
        if (decisions.Count == 0 && QuestionPatterns.WhatHalted().IsMatch(q.LowerText) && k.Story.PrimaryDecision is { } main)
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

    private static HashSet<Stance> WantedStances(QuestionAnalysis q)
    {
        // "ok so does the US still ..." — an opening "ok" is filler, not someone being fine with it.
        var text = Regex.Replace(q.LowerText, "^(" + QuestionPatterns.LeadingFiller + ")+", "");
        var wanted = new HashSet<Stance>();
        if (QuestionPatterns.Significance().IsMatch(text))
        {
            return [Stance.Concerned, Stance.Critical]; // "is this a big deal?": the worries and criticism reported
        }

        if (QuestionPatterns.AllReactionsAsked().IsMatch(text))
        {
            return wanted; // "sum up the reactions, who said what": every side, not only those who "said" something
        }

        if (Regex.IsMatch(text, @"\b(fear|worr|concern|afraid|alarm|risk)"))
        {
            wanted.Add(Stance.Concerned);
        }

        if (Regex.IsMatch(text, @"\b(critici|oppos|support|praise|endorse|back|think|argu|bad|flaw|ok|fine|happy|agree|upset|angry|slam|blast|attack\w*\s+(it|this|that|the\s+(decision|move|shift|policy)))"))
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

        if (Regex.IsMatch(text, @"\b(disclos|said|say|told|tell|report|announc|reveal|stat|leak)"))
        {
            wanted.Add(Stance.Statement);
        }

        if (Regex.IsMatch(text, @"\bdefend"))
        {
            wanted.Add(Stance.Supportive);
            wanted.Remove(Stance.Critical);
        }

        return wanted;
    }

    /// <summary>"Where does this come from?": the attributions the articles give (officials, reports) and the articles themselves.</summary>
    private static AnswerDraft Sourcing(QuestionAnalysis q, CorpusKnowledge k)
    {
        var attributing = k.Story.Reactions.Where(r => r.Stance == Stance.Statement && k.Story.FindActor(r.ActorId)?.Kind == ActorKind.Group).ToList();
        var attributions = attributing
            .Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!)
            .DistinctBy(s => s.Id)
            .Take(3)
            .ToList();
        if (LeakAsked().IsMatch(q.LowerText))
        {
            // A leaker is a particular person; "officials disclosed" does not name one.
            var leakParts = new List<AnswerPart> { AnswerPart.Plain(attributions.Count == 0 ? "The articles don't say who leaked it." : "The articles don't say who leaked it. They attribute the reporting only to unnamed sources:") };
            leakParts.AddRange(attributions.Select(AnswerPart.Quote));
            return new AnswerDraft(leakParts, Abstained: true);
        }

        var titles = AnswerText.JoinAnd(k.Corpus.Articles.Take(3).Select(a => $"\"{a.Title}\"" + (a.Outlet is null ? "" : $" ({a.Outlet})")).ToList());
        // "Reported by whom — does the article name the source?": the groups it cites are not named people.
        var namingAsked = NamedSourceAsked().IsMatch(q.LowerText) && attributions.Count > 0;
        var parts = new List<AnswerPart>
        {
            AnswerPart.Plain(namingAsked
                ? $"The articles don't name the source; they attribute the reporting only to unnamed {UnnamedGroups(attributing, k)}. From the article text {titles}:"
                : $"My answers come from the article text: {titles}. Within it, the reporting is attributed like this:"),
        };
        parts.AddRange(attributions.Select(AnswerPart.Quote));
        return new AnswerDraft(parts, Abstained: attributions.Count == 0);
    }

    [GeneratedRegex(@"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|days?|weeks?|months?|years?|until|through|temporary|permanent|duration|indefinite\w*|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationOrFigure();

    [GeneratedRegex(@"\b(say|said|says|saying|react\w*|respond\w*|comment\w*|think|thinks|view|views|position|stance|quote\w*|statement|feel\w*|opinion)\b")]
    private static partial Regex StatementAsked();

    [GeneratedRegex(@"\b(say|said|mention|mentioned|explain|explained|reveal|revealed|disclose|disclosed|specify|specified|indicate|indicated)\s+(?<clause>(how\s+long|when|how\s+many|how\s+much)\b.*)$")]
    private static partial Regex SaidHowLongOrWhen();

    [GeneratedRegex(@"\b(by\s+name|named|on\s+(the\s+)?record)\b")]
    private static partial Regex ByName();

    /// <summary>"officials and reports": the groups with no named member among those the statements are attributed to.</summary>
    private static string UnnamedGroups(IEnumerable<Reaction> attributing, CorpusKnowledge k) => AnswerText.JoinAnd(attributing
        .Select(r => k.Story.FindActor(r.ActorId)).OfType<Actor>().Where(a => a.MemberIds.Count == 0).Select(a => a.Name).Distinct().Take(3).ToList());

    [GeneratedRegex(@"\b(is\s+(anyone|anybody|the\s+source|it)\s+name\w*|name\s+the\s+source|named\s+(people|sources?|officials?)|anonymous|unnamed|by\s+whom)\b")]
    private static partial Regex NamedSourceAsked();

    [GeneratedRegex(@"\b(respon\w*|react\w*|repl(y|ied|ies)|take|takes|thank\w*|comment\w*)\b")]
    private static partial Regex RespondedTo();

    [GeneratedRegex(@"\bleak")]
    private static partial Regex LeakAsked();

    [GeneratedRegex(@"\b((?<against>criticiz\w*|criticis\w*|oppos\w*|object\w*|condemn\w*|slam\w*|attack\w*)|(?<for>support\w*|back(s|ed|ing)?|defend\w*|prais\w*|endors\w*))\b")]
    private static partial Regex SideTaken();
}
