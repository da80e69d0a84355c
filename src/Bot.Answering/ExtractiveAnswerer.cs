using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.Retrieval;
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

        if (question.AsksForOpinion)
        {
            lead.Add(AnswerPart.Plain(OpinionNote));
        }

        var titleNote = WrongTitle(question.Words, question.Actors, knowledge) ?? (question.Premise is { } p ? WrongTitle(p.Words, p.Actors, knowledge) : null)
                        ?? WrongNameForTitle(question, knowledge);
        if (titleNote is not null)
        {
            lead.Add(titleNote);
        }

        var reversed = OppositeOfTheDecision(question, knowledge) ?? OrderOfEventsReversed(question, knowledge);
        if (reversed is not null)
        {
            lead.AddRange(reversed);
        }

        if (question.Premise is { } premise)
        {
            lead.AddRange(PremiseChecker.Check(premise, knowledge));
        }
        else if (PresumedDecider(question, knowledge) is { } presumed)
        {
            lead.AddRange(PremiseChecker.Check(presumed, knowledge));
        }

        var contradicted = lead.Any(p => p.Text.StartsWith(PremiseChecker.Contradiction, StringComparison.Ordinal));
        // A correction the premise check already made is not repeated; "who decided" questions name the decider anyway.
        // "was it Waltz who signed the directive?" names a decider as much as "did Waltz sign it?".
        // "did Waltz say who made the decision?" asks what he disclosed; it claims no decider to correct.
        var asksWhatWasDisclosed = SaidWhether().IsMatch(question.LowerText);
        var wrongDecider = (question.Kind == QuestionKind.WhoDecided && !Cleft().IsMatch(question.LowerText) && !YesNo().IsMatch(question.LowerText)) || contradicted || asksWhatWasDisclosed
            ? null
            : WrongDecider(question, knowledge);
        var wrongTarget = WrongTarget(question, knowledge);
        if (wrongTarget is not null)
        {
            lead.InsertRange(0, wrongTarget);
        }

        if (wrongDecider is not null)
        {
            lead.Insert(0, wrongDecider);
        }

        if (reversed is null && ReasonNotGiven(question, knowledge) is { } reasonNotGiven)
        {
            return new AnswerDraft([.. lead, .. reasonNotGiven.Parts], reasonNotGiven.Abstained); // "did they stop because of the midterms?"
        }

        var bareWithPremise = question.Premise is not null && question.KnownWords.Count == 0 && question.Actors.Count == 0 && question.ImpliedActor is null
                              && lead.Any(p => p.Text.StartsWith("That isn't what", StringComparison.Ordinal));
        if (question.Words.Count == 0 || bareWithPremise)
        {
            // "Schumer praised it right? makes sense for once": the claim is the question; the rest is a remark.
            return lead.Count > 0 && question.Premise is not null
                ? new AnswerDraft(lead, Abstained: false)
                : new AnswerDraft([.. lead, AnswerPart.Plain(Refusal(knowledge))], Abstained: true);
        }

        if (HeadlineAsked(question, knowledge) is { } headline)
        {
            return new AnswerDraft([.. lead, .. headline.Parts], headline.Abstained);
        }

        if (question.Premise is not null && question.Kind == QuestionKind.OutOfScope && lead.Any(p => p.Evidence.Count > 0))
        {
            // "The article says they explained it; would you be kind enough to summarise that?": the check of the claim answers.
            return new AnswerDraft(lead, Abstained: false);
        }

        var draft = WithQuotedSentence(question, knowledge, WithNamedPlace(question, knowledge, WithNamedInstance(question, knowledge, AnswerByKind(question, knowledge))));
        if (!draft.Abstained && UndisclosedByThem(question, knowledge) is { } undisclosed)
        {
            draft = undisclosed; // "did Waltz say when it ends?": what he is reported saying doesn't cover it
        }

        if (!draft.Abstained && OwnAccountNotReported(question, knowledge) is { } ownAccount)
        {
            draft = ownAccount; // "how does Trump himself explain it?": the articles report no position of his own
        }

        if (draft.Abstained && question.Premise is null && YesNo().IsMatch(question.LowerText) && !NamesDecisionAgent(question, knowledge)
            && contradicted)
        {
            // "did Trump sign the order?": naming who the articles say decided is the answer; nothing else is missing.
            return new AnswerDraft(lead, Abstained: false);
        }

        // "Claim: Rubio issued the order. True?": the claim is the whole question, so what the check of it cites answers it.
        var claimIsTheQuestion = question.Premise is { } claim && question.LowerText == string.Join(' ', claim.Words.Select(w => w.Lower));
        if (draft.Abstained && claimIsTheQuestion && lead.Any(p => p.Evidence.Count > 0))
        {
            return new AnswerDraft([.. lead, .. draft.Parts.Where(p => p.Evidence.Count > 0)], Abstained: false);
        }

        if (draft.Abstained && AbsentDecider(question, knowledge) is { } decider)
        {
            return new AnswerDraft([.. lead, .. decider], Abstained: false);
        }

        if (draft.Abstained && question.Kind == QuestionKind.Why && contradicted)
        {
            // "why did Waltz sign the directive?": who the articles say decided, then the reasons they give for the decision.
            var reasons = Why(question with { Actors = [], ImpliedActor = null }, knowledge);
            return new AnswerDraft([.. lead, .. draft.Parts.Where(p => p.Evidence.Count > 0), .. reasons.Abstained ? [] : reasons.Parts], Abstained: false);
        }

        // "did Waltz say when it ends?" asks what he disclosed, not who said something: the abstention stands.
        var disclosureAsked = draft.Abstained && asksWhatWasDisclosed;
        if ((question.Kind == QuestionKind.Why || YesNoOrTrue().IsMatch(question.LowerText)) && !disclosureAsked && WrongSpeaker(question, knowledge) is { } speakerNote)
        {
            // "why did Waltz call the move flawed?": someone else said that; saying who answers the question.
            return new AnswerDraft([.. lead, .. speakerNote], Abstained: false);
        }

        if (draft.Abstained && wrongTarget is not null)
        {
            // "ops against CHINA??": saying whom the operations targeted answers it.
            return new AnswerDraft(lead, Abstained: false);
        }

        if (draft.Abstained && wrongDecider is not null && !disclosureAsked)
        {
            // "was the pause decided by Democrats in Congress?": who the articles credit answers it.
            return new AnswerDraft([.. lead, .. draft.Parts.Where(p => p.Evidence.Count > 0)], Abstained: false);
        }

        if (draft.Abstained && reversed is not null && YesNoOrTrue().IsMatch(question.LowerText))
        {
            // "did they stop in retaliation for the meeting?": the articles put it the other way round, which answers no.
            return new AnswerDraft([AnswerPart.Plain("No."), .. lead], Abstained: false);
        }

        if (draft.Abstained && reversed is not null && OppositeHalted().IsMatch(question.LowerText) && question.Kind != QuestionKind.HowMany)
        {
            // "which defensive programs got cut?", "why did they stop defending?": the correction answers; a why also gets the reasons.
            var reasons = question.Kind == QuestionKind.Why ? Why(question with { Actors = [], ImpliedActor = null }, knowledge) : null;
            return new AnswerDraft([.. lead, .. reasons is { Abstained: false } ? reasons.Parts : []], Abstained: false);
        }

        draft = QuotedWordsNeverSaid(question, knowledge, draft) ?? CharacterizationNotReported(question, knowledge, draft) ?? ClaimAboutTheText(question, draft);
        draft = OwnWordsNotQuoted(question, draft) ?? draft;
        if (question.AsksForOpinion && (Judgement().IsMatch(question.LowerText) || YesNoOrTrue().IsMatch(question.LowerText) || Verdict().IsMatch(question.LowerText)))
        {
            draft = draft with { Abstained = true }; // "in your own opinion, was he right?": the verdict asked for is not in the articles
        }

        if (claimIsTheQuestion && !contradicted && lead.Any(p => p.Text.StartsWith(PremiseChecker.Confirmation, StringComparison.Ordinal)))
        {
            lead.Insert(0, AnswerPart.Plain("Yes.")); // "Claim: Hegseth issued the order. True or false?"
        }

        if (wrongDecider is not null && question.Kind == QuestionKind.WhoDecided && !draft.Abstained)
        {
            // "did Hale give the order?": the correction already names who decided; the answer's own naming is not repeated.
            draft = draft with { Parts = draft.Parts.Where(p => !p.Text.StartsWith(DeciderNamed, StringComparison.Ordinal)).ToList() };
        }

        var parts = lead.Concat(draft.Parts).DistinctBy(p => p.Text).ToList();
        return draft with { Parts = parts };
    }

    /// <summary>"which defensive programs got cut?", "why did they stop defending?": the opposite thing said to be stopped.</summary>
    [GeneratedRegex(@"\b(stop\w*|halt\w*|cut|cuts|paus\w*|suspend\w*|ceas\w*|drop\w*|scrap\w*|end|ended|ends)\b")]
    private static partial Regex OppositeHalted();

    [GeneratedRegex(@"^(order|ordered|sign|signed|decide|decided|approve|approved|authori[sz]e|authori[sz]ed|direct|directed|issue|issued)$")]
    private static partial Regex DecidingVerb();

    /// <summary>How an answer naming whom the articles credit with the decision begins.</summary>
    private const string DeciderNamed = "According to the articles, the decision came from ";

    /// <summary>
    /// "what's Trump's explanation, in his words?", "the full text of the directive": someone's own words, which only a
    /// direct quotation in a cited sentence gives. A paraphrase is offered as what the articles report instead.
    /// </summary>
    private static AnswerDraft? OwnWordsNotQuoted(QuestionAnalysis q, AnswerDraft draft)
    {
        // "the exact wording of Hegseth's directive" asks for the document, not for the article's own wording.
        var documentWording = DocumentWording().IsMatch(q.LowerText);
        if (draft.Abstained || !OwnWordsAsked().IsMatch(q.LowerText) || (ArticleWordingAsked().IsMatch(q.LowerText) && !documentWording)
            || draft.Parts.SelectMany(p => p.Evidence).Any(s => s.Text.IndexOfAny(['"', '\u201C']) >= 0))
        {
            return null;
        }

        var whose = documentWording ? "the text of the directive itself"
            : q.FocusActor is { Kind: ActorKind.Person } person ? $"{person.Name}'s own words"
            : DocumentAsked().IsMatch(q.LowerText) ? "the text of the directive itself" : "anyone's own words";
        var reported = draft.Parts.Where(p => p.Evidence.Count > 0).Take(1).ToList();
        return new AnswerDraft([AnswerPart.Plain($"The articles don't quote {whose}." + (reported.Count > 0 ? " What they report:" : "")), .. reported], Abstained: true);
    }

    [GeneratedRegex(@"\b(?<!\b(your|ur|my|in)\s+)(own|exact|actual|precise)\s+words\b|\bin\s+(his|her|their)\s+(own\s+)?words\b|\bword\s+for\s+word\b|\bverbatim\b|\bfull\s+text\b|\btext\s+of\s+the\s+(directive|order|memo)\b|" + DocumentWordingPattern + @"|\b(his|her|their)\s+(exact\s+)?quotes?\b")]
    private static partial Regex OwnWordsAsked();

    /// <summary>"the exact wording of Hegseth's directive": the document's words, not the article's.</summary>
    private const string DocumentWordingPattern = @"\bwording\s+of\s+(the\s+|\w+\s+)?(directive|order|memo)\b";

    [GeneratedRegex(DocumentWordingPattern)]
    private static partial Regex DocumentWording();

    [GeneratedRegex(@"\b(line|phrase|sentence|passage|wording|article|piece|story|stated|the\s+text\s+says)\b")]
    private static partial Regex ArticleWordingAsked();

    [GeneratedRegex(@"\b(directive|order|memo|document)\b")]
    private static partial Regex DocumentAsked();

    /// <summary>
    /// "Does the article say experts fear a nuclear standoff?": a yes/no question about what the text says. When the
    /// articles don't say it but do say something on the subject, "no, here is what they say" answers it; asking
    /// about someone or something they never mention stays an abstention.
    /// </summary>
    private static AnswerDraft ClaimAboutTheText(QuestionAnalysis q, AnswerDraft draft)
    {
        var quoted = draft.Parts.FirstOrDefault(p => p.Evidence.Count > 0 && p.Text == AnswerText.Readable(p.Evidence[0].Text));
        if (!draft.Abstained || quoted is null || !TextClaimFrame().IsMatch(q.Text.ToLowerInvariant()) || q.UnknownWords.Any(w => w.IsCapitalized))
        {
            return draft;
        }

        return new AnswerDraft([AnswerPart.Plain("No. The articles don't say that. What they do say:"), quoted], Abstained: false);
    }

    /// <summary>
    /// "Senate Majority Leader Schumer ...": a title typed before a name the articles give another title: say which
    /// title they give, citing where.
    /// </summary>
    private static AnswerPart? WrongTitle(IReadOnlyList<QuestionWord> words, IReadOnlyList<ActorReference> actors, CorpusKnowledge k)
    {
        foreach (var reference in TitleBeforeName.NamedPeople(actors).Where(a => a.Actor.Role is not null && a.Actor.RoleSentenceId is not null))
        {
            var roleWords = reference.Actor.Role!.ToLowerInvariant().Split(' ', '.');
            foreach (var title in new[] { TitleBeforeName.Of(words, reference), TitleBeforeName.After(words, reference) })
            {
                var typedRole = title.Any(w => TitleBeforeName.IsHead(w.Lower) || w.Lower == "sec");
                if (title.Count >= 2 && typedRole && title.Any(w => !roleWords.Contains(w.Lower) && !Bot.Core.Text.StopWords.IsStopWord(w.Lower) && !(w.Lower == "sec" && roleWords.Contains("secretary"))))
                {
                    return new AnswerPart($"The articles identify {reference.Actor.Name} as {reference.Actor.Role}.", [k.Corpus.FindSentence(reference.Actor.RoleSentenceId!)!]);
                }
            }
        }

        return null;
    }

    private static AnswerDraft AnswerByKind(QuestionAnalysis q, CorpusKnowledge k)
    {
        if ((PeopleByTitle(q, k) ?? UnheldTitle(q, k)) is { } titled)
        {
            return titled; // "list the senators mentioned": whatever kind the words alone suggest
        }

        if (QuestionPatterns.ArticlesAsked().IsMatch(q.LowerText))
        {
            return StoryCommands.ArticlesDraft(k); // "how many articles do you have?"
        }

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
            case QuestionKind.ArticleEnd:
                return k.Corpus.Articles.FirstOrDefault()?.Sentences.LastOrDefault(s => !s.IsHeading) is { } last
                    ? new AnswerDraft([AnswerPart.Plain("The article ends:"), AnswerPart.Quote(last)], Abstained: false)
                    : Abstain("There is no article loaded.");
            case QuestionKind.ArticleDetails:
                return ArticleDetails(q, k);
            case QuestionKind.Sourcing:
                return Sourcing(q, k);
            case QuestionKind.Meaning:
                return Meaning(q, k);
            case QuestionKind.Stakes:
                return Stakes(q, k);
        }

        // "what's the difference between Hegseth's role and Waltz's?": each person's role, one after the other.
        var people = q.Actors.Where(a => a.Actor.Kind == ActorKind.Person && !a.ByTitle).DistinctBy(a => a.Actor.Id).ToList();
        if (people.Count >= 2 && (QuestionPatterns.RoleQuestion().IsMatch(q.LowerText) || CompareAsked().IsMatch(q.LowerText))
            && q.Kind is QuestionKind.WhoIs or QuestionKind.Profile or QuestionKind.General)
        {
            var roles = people.Take(3).Select(p => WhoIs(q with { Actors = [p] }, k, withActions: true)).Where(d => !d.Abstained).ToList();
            if (roles.Count >= 2)
            {
                return roles.Aggregate(AnswerDraft.Merge);
            }
        }

        var firmness = HowFirmlyReported(q, k);
        if (firmness is not null)
        {
            return firmness;
        }

        var pressed = GeneralMentionPressed(q, k);
        if (pressed is not null)
        {
            return pressed;
        }

        var planned = PlannedEventOutcome(q, k) ?? OngoingProcessOutcome(q, k);
        if (planned is not null)
        {
            return planned;
        }

        var otherParty = OtherPartyInTheEvent(q, k) ?? SomeoneElseDidIt(q, k) ?? MeetingNotYetHeld(q, k) ?? SaidByAnotherGroup(q, k) ?? UnnamedCritic(q, k);
        if (otherParty is not null)
        {
            return otherParty;
        }

        var unknown = UnknownFocus(q, k);
        if (unknown is not null && q.Kind == QuestionKind.WhoDecided && !OpensWithQuestionWord().IsMatch(q.LowerText) && !YesNo().IsMatch(q.LowerText)
            && q.Actors.FirstOrDefault() is { Actor.Kind: ActorKind.Person } subject && subject.TokenIndexes.Contains(0)
            && k.Story.PrimaryDecision is { } primary && CreditedDeciders(primary, k).All(a => a.Id != subject.Actor.Id)
            && WhoDecided(q, k) is { Abstained: false } decided)
        {
            // "trump ordered the halt himself in a truth social post?": who decided is answered; only the detail is missing.
            return new AnswerDraft([AnswerPart.Plain($"The articles don't mention {unknown}."), .. decided.Parts], Abstained: false);
        }

        if (unknown is not null && YesNo().IsMatch(q.LowerText) && q.Words.Count > 3 && q.UnknownWords.Contains(q.Words[1])
            && DecidingVerb().IsMatch(q.Words[2].Lower) && q.Words[3].Lower is "it" or "this" or "that" or "the"
            && WhoDecided(q with { UnknownWords = [] }, k) is { Abstained: false } named)
        {
            // "did biden order this?": someone the articles never mention cast as the decider; who they credit answers it.
            return new AnswerDraft([AnswerPart.Plain($"The articles don't mention {unknown}."), .. named.Parts], Abstained: false);
        }

        if (unknown is not null)
        {
            return AbstainWithContext(q, k, $"The articles don't mention {unknown}.");
        }

        var reversal = Reversal(q, k);
        if (reversal is not null)
        {
            return reversal;
        }

        var exchange = UnreportedExchange(q, k);
        if (exchange is not null)
        {
            return exchange;
        }

        var unreported = SomethingElseHalted(q, k) ?? UnreportedEvent(q, k) ?? UnreportedAftermath(q, k) ?? UnforecastOutcome(q, k);
        if (unreported is not null)
        {
            return unreported;
        }

        var reactionSubject = ReactionSubject(q, k);
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

    private static AnswerDraft General(QuestionAnalysis q, CorpusKnowledge k, Func<Sentence, double>? bonus = null)
    {
        var stances = WantedStances(q);
        if (bonus is null && stances.Count > 0)
        {
            bonus = s => k.Story.ReactionsIn(s.Id).Any(r => stances.Contains(r.Stance)) ? 1.0 : 0;
        }

        var words = q.KnownWords;
        if (bonus is null && QuestionPatterns.EffectAsked().IsMatch(q.LowerText))
        {
            // "could this affect elections?": "affect" frames the question; the answer is a sentence that forecasts an effect on elections.
            // "the consequences of the halt for Ukraine": the halt is the cause, Ukraine the topic.
            // An effect word the articles use themselves ("consequences", "ramifications") still has to match.
            var subject = words.Where(w => !QuestionPatterns.EffectWord().IsMatch(w.Lower) && !QuestionPatterns.HaltWord().IsMatch(w.Lower)).ToList();
            var unknownSubject = q.UnknownWords.Count(w => !QuestionPatterns.EffectWord().IsMatch(w.Lower));
            if (subject.Count > 0 && unknownSubject < subject.Count)
            {
                words = words.Where(w => !QuestionPatterns.HaltWord().IsMatch(w.Lower) && (!QuestionPatterns.EffectWord().IsMatch(w.Lower) || k.Vocabulary.IsInCorpus(w.Lower))).ToList();
                var outlookAsked = QuestionPatterns.WhatNext().IsMatch(q.LowerText);
                bonus = s => QuestionPatterns.ForecastEffect().Match(s.Text) is { Success: true } m ? (m.Groups["outlook"].Success == outlookAsked ? 1.5 : 0.75) : 0;
            }
        }

        if (bonus is null && QuestionPatterns.WhatNext().IsMatch(q.LowerText))
        {
            // "what's gonna happen now?": the outlook the articles give ("remain to be seen") before any one forecast.
            bonus = s => QuestionPatterns.OpenOutlook().IsMatch(s.Text) ? 2.0 : QuestionPatterns.ForecastEffect().IsMatch(s.Text) ? 0.75 : 0;
        }

        bonus ??= StillDoingBonus(q, k) ?? PossessiveBonus(q);
        var outlook = QuestionPatterns.WhatNext().IsMatch(q.LowerText) ? OpenOutlookSentence(k) : null;
        if (words.Count == 0 && q.FocusActor is null && outlook is not null)
        {
            return new AnswerDraft([AnswerPart.Quote(outlook)], Abstained: false); // "so what's gonna happen now?"
        }

        if (words.Count == 0 && q.FocusActor is null && q.Premise is null && k.Story.Reactions.Any(r => stances.Contains(r.Stance)))
        {
            return WhoReacted(q, k, stances); // "why are people worried about this?": the worries the articles report
        }

        if (words.Count == 0 && q.FocusActor is null)
        {
            return q.ImpliedActor is null && q.Premise is null ? Abstain(Refusal(k)) : StoryBriefs.Summary(k);
        }

        var ranked = SentenceRanker.Rank(k, words, ActorsOf(q), bonus);
        var top = ranked.Take(5).ToList();
        if (top.Count == 0 || (top.Max(r => r.Coverage) < 0.45 && words.Count > 0))
        {
            return outlook is not null
                ? new AnswerDraft([AnswerPart.Quote(outlook)], Abstained: false) // "will the halt actually help bring peace?": still to be seen
                : AbstainWithContext(q, k, "The articles don't say.");
        }

        var best = top[0].Coverage >= 0.3 ? top[0] : top.MaxBy(r => r.Coverage)!;
        if (QuestionPatterns.AsksSpecifics().IsMatch(q.LowerText) && !WordingAsked().IsMatch(q.LowerText))
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

    /// <summary>
    /// "what war is the diplomacy meant to end?": the answer should name the war. When no cited sentence qualifies the
    /// asked noun with a name ("the war initiated by ..."), the sentence that does ("the Ukraine war") is added.
    /// </summary>
    private static AnswerDraft WithNamedInstance(QuestionAnalysis q, CorpusKnowledge k, AnswerDraft draft)
    {
        var head = QuestionPatterns.WhichHead(q.Words);
        if (draft.Abstained || head is null || GenericWords.Contains(head) || QuestionPatterns.PersonCategory().IsMatch(head)
            || QuestionPatterns.PlaceCategory().IsMatch(head) || QuestionPatterns.CategoryNoun().IsMatch(head))
        {
            return draft;
        }

        var headStem = Bot.Core.Text.WordStemmer.Stem(head);
        if (!k.Vocabulary.ContainsStem(headStem))
        {
            return draft;
        }

        var cited = draft.Parts.SelectMany(p => p.Evidence).ToHashSet();
        if (cited.Count == 0 || cited.Any(s => NamesInstance(s, headStem)))
        {
            return draft;
        }

        return WithBestUncited(q, k, draft, cited, s => NamesInstance(s, headStem), int.MaxValue);
    }

    /// <summary>
    /// "is Hegseth's directive about the war in Ukraine?": a place the question names should appear in what the
    /// answer cites. When the cited sentences never name it, the best sentence that does is added.
    /// </summary>
    private static AnswerDraft WithNamedPlace(QuestionAnalysis q, CorpusKnowledge k, AnswerDraft draft)
    {
        var cited = draft.Parts.SelectMany(p => p.Evidence).ToHashSet();
        if (draft.Abstained || cited.Count is 0 or > 2)
        {
            return draft;
        }

        var places = q.KnownWords.Where((w, i) => k.Vocabulary.IsProperNoun(w.Lower) && !q.Actors.Any(a => ActorLookup.IsNameWord(a.Actor, w.Lower))).ToList();
        var missing = places.FirstOrDefault(p => !cited.Any(s => k.StemsOf(s).Contains(p.Stem)));
        if (missing is null)
        {
            return draft;
        }

        return WithBestUncited(q, k, draft, cited, s => k.StemsOf(s).Contains(missing.Stem), 5);
    }

    /// <summary>The draft with the best-ranked sentence (among the first <paramref name="among"/>) that is not cited yet and fits, if any.</summary>
    private static AnswerDraft WithBestUncited(QuestionAnalysis q, CorpusKnowledge k, AnswerDraft draft, HashSet<Sentence> cited, Func<Sentence, bool> fits, int among)
    {
        var added = SentenceRanker.Rank(k, q.KnownWords, ActorsOf(q)).Select(r => r.Sentence).Take(among).FirstOrDefault(s => !cited.Contains(s) && fits(s));
        return added is null ? draft : draft with { Parts = [.. draft.Parts, AnswerPart.Quote(added)] };
    }

    /// <summary>A proper name right before the noun: "the Ukraine war", "Ukraine Diplomacy".</summary>
    private static bool NamesInstance(Sentence sentence, string headStem)
    {
        var tokens = Bot.Core.Text.Tokenizer.Tokenize(sentence.Text);
        for (var i = 1; i < tokens.Count; i++)
        {
            var before = tokens[i - 1];
            if (Bot.Core.Text.WordStemmer.Stem(tokens[i].Lower) == headStem && before.IsCapitalized && !Bot.Core.Text.StopWords.IsStopWord(before.Lower)
                && sentence.Text[(before.Start + before.Length)..tokens[i].Start].Trim().Length == 0 && !before.Original.EndsWith("'s", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "does the U.S. still hack Russia?": when the activity asked about is what the story's decision stopped, the
    /// sentence reporting the decision answers whether it goes on.
    /// </summary>
    private static Func<Sentence, double>? StillDoingBonus(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (!QuestionPatterns.StillDoing().IsMatch(q.LowerText) || k.Story.PrimaryDecision is not { } decision)
        {
            return null;
        }

        var actionStems = SynonymTable.WithSynonyms(TextStems.Of(decision.Action));
        var activity = q.KnownWords.Count(w => actionStems.Contains(w.Stem) && !QuestionPatterns.HaltWord().IsMatch(w.Lower));
        return activity == 0 ? null : s => s.Id == decision.Evidence.SentenceId ? 1.5 : 0;
    }

    /// <summary>
    /// "ukraine's cyber defenses": a sentence with the same possessive phrase ("Ukraine's digital defenses") is about
    /// that very thing, where one that merely has the three words is not.
    /// </summary>
    private static Func<Sentence, double>? PossessiveBonus(QuestionAnalysis q)
    {
        var match = Possessive().Match(q.Text.Replace('\u2019', '\''));
        if (!match.Success)
        {
            return null;
        }

        var owner = match.Groups["owner"].Value;
        var owned = SynonymTable.WithSynonyms(Bot.Core.Text.Tokenizer.Tokenize(match.Groups["owned"].Value).Select(t => Bot.Core.Text.WordStemmer.Stem(t.Lower)));
        // The first possessive of that owner in the sentence, and up to three words after it.
        return sentence => SentencePossessive().Matches(sentence.Text).FirstOrDefault(m => m.Groups["owner"].Value.Equals(owner, StringComparison.OrdinalIgnoreCase)) is { } m
                           && Bot.Core.Text.Tokenizer.Tokenize(m.Groups["next"].Value).Any(t => owned.Contains(Bot.Core.Text.WordStemmer.Stem(t.Lower)))
            ? 1.0
            : 0;
    }

    /// <summary>
    /// The question's topic words; for a bare follow-up ("how long?", "when?") with none, the main decision of the
    /// story, which is what such a question is about.
    /// </summary>
    private static IReadOnlyList<QuestionWord> TopicOf(QuestionAnalysis q, CorpusKnowledge k)
    {
        return q.KnownWords.Count > 0 || q.Actors.Count > 0 ? q.KnownWords : DecisionWords(k).ToList();
    }

    /// <summary>"why did Waltz order the halt?" presumes Waltz decided; when the articles name someone else, check it as a premise.</summary>
    private static Premise? PresumedDecider(QuestionAnalysis q, CorpusKnowledge k)
    {
        var person = q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person)?.Actor;
        var decision = k.Story.PrimaryDecision;
        var text = q.LowerText;
        if (person is null || decision is null || decision.AgentActorIds.Contains(person.Id) || !QuestionPatterns.PresumedDecider().IsMatch(text))
        {
            return null;
        }

        return new Premise(q.Words, q.Actors.Where(a => a.Actor.Id == person.Id).ToList());
    }

    private static bool NamesDecisionAgent(QuestionAnalysis q, CorpusKnowledge k) =>
        k.Story.PrimaryDecision is { } decision && q.Actors.Any(a => decision.AgentActorIds.Contains(a.Actor.Id));

    /// <summary>The words of the main decision ("halted its offensive cyber operations against Russia").</summary>
    private static IEnumerable<QuestionWord> DecisionWords(CorpusKnowledge k) =>
        k.Story.PrimaryDecision is { } decision
            ? QuestionAnalyzer.ToWords(decision.Action, k.Vocabulary).Where(w => !Bot.Core.Text.StopWords.IsStopWord(w.Lower))
            : [];

    private static IReadOnlyCollection<Actor> ActorsOf(QuestionAnalysis q) =>
        q.Actors.Select(a => a.Actor).Concat(q.ImpliedActor is null ? [] : [q.ImpliedActor]).Distinct().ToArray();

    private static bool IsActorWord(QuestionWord word, Actor actor) => ActorLookup.IsNameWord(actor, word.Lower);

    /// <summary>
    /// The known words that say what a claim or statement is about: not the person's own name, not framing words, and
    /// not the words for the decision itself ("halt", "directive"), which every sentence of the story shares.
    /// </summary>
    private static List<QuestionWord> ClaimWords(QuestionAnalysis q, Actor? actor, Func<QuestionWord, bool>? alsoSkip = null) =>
        q.KnownWords.Where(w => (actor is null || !IsActorWord(w, actor)) && !GenericWords.Contains(w.Lower) && !QuestionPatterns.HaltWord().IsMatch(w.Lower)
                                && !QuestionPatterns.DecisionWord().IsMatch(w.Lower) && alsoSkip?.Invoke(w) != true).ToList();

    private static bool MentionsActor(CorpusKnowledge k, string sentenceId, Actor actor) =>
        k.Story.MentionsIn(sentenceId).Any(m => m.ActorId == actor.Id);


    [GeneratedRegex(@"\b(?<owner>[A-Za-z]+)'s\s+(?<owned>[A-Za-z]+(\s+[A-Za-z]+)?)")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?<owner>[A-Za-z]+)['\u2019]s\s+(?=(?<next>(\S+\s+){0,2}\S+))")]
    private static partial Regex SentencePossessive();

    [GeneratedRegex(@"^(did|does|do|was|is|were|has|had)\b")]
    private static partial Regex YesNo();

    [GeneratedRegex("^(" + QuestionPatterns.LeadingFiller + @")*(who|whom|whose|what|whats|why|when|where|how|which|tell|explain|describe|give|list|show|summari[sz]e)\b")]
    private static partial Regex OpensWithQuestionWord();

    [GeneratedRegex(@"^\W*((ok|so|wait|but|and|hmm)\W+)*(does|did)\s+the\s+(article|articles|story|piece|report)\s+(say|says|claim|state|suggest|report|mention)\s+(that\s+)?(?!(who|what|why|when|where|how|which|whether|if)\b)")]
    private static partial Regex TextClaimFrame();

    [GeneratedRegex(@"\b(right|wrong|good|bad|smart|wise|dumb|stupid|mistake|justified|correct|should|ok|okay|fair|reckless|dangerous)\b")]
    private static partial Regex Judgement();

    [GeneratedRegex(@"\b(compromised|asset|traitor|treason\w*|guilty|corrupt|puppet|pick|right|side)\b")]
    private static partial Regex Verdict();

    [GeneratedRegex("[\"\u201C\u2018](?<phrase>[^\"\u201C\u201D\u2018\u2019]{3,60})[\"\u201D\u2019]|(?<=^|[\\s(])'(?<phrase>[^'\"]{3,60})'(?=[\\s.,;:?!)]|$)")]
    private static partial Regex QuotedPhrase();

    [GeneratedRegex("^(" + QuestionPatterns.LeadingFiller + @")*(is\s+it\s+true\s+(that\s+)?|(so\s+)?)?(did|does|do|was|is|were|has|had|will|are)\b")]
    private static partial Regex YesNoOrTrue();

    [GeneratedRegex("^(" + QuestionPatterns.LeadingFiller + @")*(was|is|wasnt|isnt)\s+it\s+(\w+\s+){1,3}(who|that)\b")]
    private static partial Regex Cleft();

    [GeneratedRegex(@"^(rais\w*|voic\w*|express\w*|shar\w*|hav\w*|fear\w*|concern\w*|worr\w*|critic\w*|move|decision|this|it|react\w*|respond\w*|reactions?|responses?|comment\w*|views?|opinions?)$")]
    private static partial Regex ReactionVerbs();

    [GeneratedRegex(@"\b(once|after|unless|as\s+soon\s+as|provided|if)\s+(a|an|the|there|they|russia|ukraine|putin|peace|talks|\w+\s+(is|are|gets?)\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Condition();


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

    [GeneratedRegex(@"\b(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(?<subject>(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:ever\s+|really\s+|actually\s+|publicly\s+|officially\s+)?(?:say|said(?!\s+to\b)|react|reacted|respond|responded|think|feel|comment|commented|reply|replied|make\s+of|view|see|welcome|welcomed|praise|praised|applaud|applauded|condemn|condemned|oppose|opposed|object|objected|(?:put\s+out|issue|release|make|give|publish)\s+(?:a\s+|any\s+)?(?:statement|comment|response))\b|\b(?<subject>[a-z]+)\s+(?:reaction|response|responded|reacted|comments?|statement|stance|position)\s+(?:to|on|about)\b|^(?<subject>(?!(?:official|public|initial|first|formal|any|their|the|his|her|its|overall|general)\b)[a-z]+)\s+(?:reaction|response|statement)s?\s*$|\b(?:reaction|response|comment|statement)s?\s+(?:from|by)\s+(?<subject>(?:the\s+)?[a-z]+)\b")]
    private static partial Regex SubjectOfReaction();

    /// <summary>"what does the opening of the article say": the text itself, not a person reacting.</summary>
    [GeneratedRegex(@"\b(article|articles|story|piece|report|headline|subhead\w*|opening|lede|lead|intro\w*|paragraph|text|beginning|ending|conclusion)\b")]
    private static partial Regex TextPart();

    [GeneratedRegex(@"^(the\s+)?(he|she|they|it|you|i|we|him|her|them|people|anyone|everyone|this|that|article|articles|story|news|critics|officials|experts|report|reports|government|administration|us|usa|u\.s)$")]
    private static partial Regex Pronouns();

    [GeneratedRegex(@"\b(difference|differ|differences|compare|comparison|contrast|versus|vs)\b")]
    private static partial Regex CompareAsked();
}
