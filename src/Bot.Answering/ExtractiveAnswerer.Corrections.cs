using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>
/// Corrections of what a question takes for granted: who said or decided something, which way round the story goes,
/// which title or name a person has, which line is the headline. Each answers the question instead of abstaining.
/// </summary>
public sealed partial class ExtractiveAnswerer
{
    /// <summary>
    /// "Did Schumer call the move \"strategically brilliant\"?": words put in quotes that no sentence contains, asked of
    /// someone whose reactions the articles do report, are answered no, with what the person is reported to have said.
    /// </summary>
    private static AnswerDraft? QuotedWordsNeverSaid(QuestionAnalysis q, CorpusKnowledge k, AnswerDraft draft)
    {
        var phrases = QuotedPhrase().Matches(q.Text).Select(m => m.Groups["phrase"].Value.Trim()).Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2).ToList();
        var speaker = q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person)?.Actor;
        if (!draft.Abstained || phrases.Count == 0 || speaker is null || !YesNoOrTrue().IsMatch(q.LowerText))
        {
            return null;
        }

        var saidSentences = k.Story.ReactionsBy(speaker.Id).OrderBy(r => r.Stance == Stance.Statement).Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)).OfType<Sentence>().ToList();
        // "did Schumer call it 'strategically reckless' or 'strategically flawed'?": the words of his that the articles report answer it.
        var reported = phrases.SelectMany(p => saidSentences.Where(s => s.Text.Contains(p, StringComparison.OrdinalIgnoreCase)).Select(s => (Phrase: p, Source: s))).FirstOrDefault();
        if (reported.Phrase is not null)
        {
            return new AnswerDraft([AnswerPart.Plain($"The articles report \"{reported.Phrase}\" from {speaker.Name}:"), AnswerPart.Quote(reported.Source)], Abstained: false);
        }

        if (phrases.Any(p => k.Corpus.Sentences.Any(s => s.Text.Contains(p, StringComparison.OrdinalIgnoreCase))) || saidSentences.Count == 0)
        {
            return null;
        }

        return new AnswerDraft([AnswerPart.Plain($"No. The articles don't report {speaker.Name} using the words \"{phrases[0]}\". What they report:"), AnswerPart.Quote(saidSentences[0])], Abstained: false);
    }

    /// <summary>
    /// "did Schumer call the decision strategically sound?", "was his objection that it's unconstitutional?": a
    /// characterization put to someone whose reaction the articles report, which does not say it. What they do report
    /// from that person answers no.
    /// </summary>
    private static AnswerDraft? CharacterizationNotReported(QuestionAnalysis q, CorpusKnowledge k, AnswerDraft draft)
    {
        var subject = q.Actors.FirstOrDefault();
        if (!draft.Abstained || subject is null || !YesNoOrTrue().IsMatch(q.LowerText) || !CharacterizationAsked().IsMatch(q.LowerText)
            || (subject.TokenIndexes.Min() > 1 && !OpensWithAuxiliaryThenSubject(q, subject)))
        {
            return null;
        }

        var quotes = k.PositionSentences(subject.Actor.Id).Distinct().OrderBy(s => s.Ordinal).Take(2).Select(AnswerPart.Quote).ToList();
        return quotes.Count == 0 ? null : new AnswerDraft([AnswerPart.Plain($"No. What the articles report from {subject.Actor.Name}:"), .. quotes], Abstained: false);
    }

    /// <summary>"did the Democratic leaders call …": the subject follows the auxiliary and its determiners.</summary>
    private static bool OpensWithAuxiliaryThenSubject(QuestionAnalysis q, ActorReference subject) =>
        q.Words.Take(subject.TokenIndexes.Min()).All(w => s_auxiliaries.Contains(w.Lower) || w.Lower is "the" or "so" or "and" or "but" or "wait" or "ok");

    /// <summary>
    /// "why did Waltz call the move strategically flawed?": the words of a statement the question puts in the mouth of a
    /// person match a sentence reporting someone else's reaction. Names who the articles report it from.
    /// </summary>
    private static AnswerPart[]? WrongSpeaker(QuestionAnalysis q, CorpusKnowledge k)
    {
        var reference = q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person && !a.ByTitle)
                        ?? q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Group && !k.Story.ReactionsBy(a.Actor.Id).Any());
        var person = reference?.Actor;
        // The person must be the one said to speak: "why did Waltz call ...", "Schumer denied ...", "... according to the
        // administration", not "why do people say Trump ...".
        var index = reference?.TokenIndexes.Min() ?? -1;
        var isSubject = index == 0 || (index > 0 && s_auxiliaries.Contains(q.Words[index - 1].Lower))
                        || (index > 1 && q.Words[index - 2].Lower == "according") || (index > 2 && q.Words[index - 3].Lower == "according");
        if (person is null || !isSubject || !(QuestionPatterns.StanceVerb().IsMatch(q.LowerText) || NamingVerb().IsMatch(q.LowerText) || q.LowerText.Contains("according to", StringComparison.Ordinal)) || q.Actors.Count(a => a.Actor.Kind == ActorKind.Person) > 1
            || q.UnknownWords.Count > 0)
        {
            return null;
        }

        var topic = ClaimWords(q, person, w => QuestionPatterns.StanceVerb().IsMatch(w.Lower) || s_decisionNouns.Contains(w.Lower));
        var ranked = topic.Count == 0 ? [] : SentenceRanker.Rank(k, topic, []).Take(3).ToList();
        var best = ranked.FirstOrDefault();
        // One topic word is enough only when it is distinctive: "deny it was premeditated" points at one sentence.
        var distinctive = topic.Count >= 2 || ranked.Count(r => r.Coverage >= 0.99) == 1;
        if (best is null || !distinctive || best.Coverage < 0.99 || MentionsActor(k, best.Sentence.Id, person))
        {
            return null;
        }

        var speaker = k.Story.ReactionsIn(best.Sentence.Id).Select(r => k.Story.FindActor(r.ActorId)).OfType<Actor>()
            .Where(a => a.Id != person.Id && !a.MemberIds.Contains(person.Id)).OrderBy(a => a.Kind == ActorKind.Person ? 0 : 1).FirstOrDefault();
        if (speaker is null)
        {
            return null;
        }

        // "did Schumer describe the change as premeditated?": what he is reported saying is the rest of the answer.
        var own = k.PositionSentences(person.Id).FirstOrDefault(s => s.Id != best.Sentence.Id);
        AnswerPart[] correction = [AnswerPart.Plain(AnswerText.SaidByOther(person.Name, speaker)), AnswerPart.Quote(best.Sentence)];
        return own is null ? correction : [.. correction, AnswerPart.Plain($"What they report from {person.Name}:"), AnswerPart.Quote(own)];
    }

    // Stems of words whose opposite the story's lead may use: "shut down America's cyber defenses" against "offensive cyber operations".
    private static readonly (string Asked, string Reported)[] s_opposites =
    [
        ("defens", "offens"), ("defenc", "offens"), ("defend", "offens"), ("offens", "defens"),
        ("hawkish", "softer"), ("tougher", "softer"), ("harder", "softer"), ("harsher", "softer"), ("firmer", "softer"),
        ("softer", "harder"), ("softer", "tougher"),
    ];

    // Words for a stance, which stand on their own: "a more hawkish line" needs no neighbour from the lead.
    private static readonly HashSet<string> s_stanceWords = new(StringComparer.Ordinal) { "hawkish", "tougher", "harder", "harsher", "firmer", "softer" };

    /// <summary>
    /// A word in the question whose opposite the decision's lead sentence uses (and not the word itself): the lead is
    /// quoted first, so the answer does not go along with the reversed word.
    /// </summary>
    private static AnswerPart[]? OppositeOfTheDecision(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (k.Story.PrimaryDecision is not { } decision || k.Corpus.FindSentence(decision.Evidence.SentenceId) is not { } lead)
        {
            return null;
        }

        var leadStems = k.StemsOf(lead);
        var words = q.Words.ToList();
        // "cyber defenses" is the reversed thing; "defense stocks" or "the National Defense Authorization Act" is another thing.
        // "stop defending itself": the lead's halting verb may be typed as another ("stop" for "halted").
        var leadHalts = QuestionPatterns.HaltWord().IsMatch(lead.Text.ToLowerInvariant());
        bool InLead(QuestionWord w) => leadStems.Contains(w.Stem) || (leadHalts && QuestionPatterns.HaltWord().IsMatch(w.Lower));
        bool NextToTheLead(int i) => (i > 0 && InLead(words[i - 1])) || (i + 1 < words.Count && InLead(words[i + 1]));
        // "the DEFENSIVE cyber ops": capitals for emphasis are not a name.
        bool Named(QuestionWord w) => w.IsCapitalized && !w.Original.All(char.IsUpper);
        // "Ukraine's cyber defenses" belong to someone else, not to the side whose operations were reversed.
        bool Owned(int i) => words.Skip(Math.Max(0, i - 2)).Take(Math.Min(i, 2)).Any(w => w.IsCapitalized && PossessiveEnding().IsMatch(w.Original.Replace('\u2019', '\''))
                                                                                        && !leadStems.Contains(w.Stem) && !OwnSide().IsMatch(w.Original));
        // "is the White House defending this?": defending a decision is taking its side, not the reverse of offensive operations.
        bool DefendsTheDecision(int i) => words[i].Stem == "defend" && i + 1 < words.Count
                                          && (words[i + 1].Lower is "this" or "it" or "that" or "them"
                                              || (words[i + 1].Lower == "the" && i + 2 < words.Count
                                                  && (QuestionPatterns.DecisionWord().IsMatch(words[i + 2].Lower) || QuestionPatterns.HaltWord().IsMatch(words[i + 2].Lower))));
        var asked = words.Where((w, i) => !q.Actors.Any(a => ActorLookup.IsNameWord(a.Actor, w.Lower)) && !InTitleOfNamedPerson(q, w) && !Owned(i) && !DefendsTheDecision(i)
                                          && !q.Actors.Any(a => a.ByTitle && a.TokenIndexes.Contains(i)) && !Named(w) && (NextToTheLead(i) || s_stanceWords.Contains(w.Stem)))
            .Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        // "are defensive operations paused too, or only offensive ones?" names both sides: nothing is reversed.
        var allStems = q.Words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var clash = s_opposites.FirstOrDefault(o => asked.Contains(o.Asked) && leadStems.Contains(o.Reported) && !leadStems.Contains(o.Asked) && !allStems.Contains(o.Reported));
        return clash.Asked is null ? null : [AnswerPart.Plain("The articles report it the other way round:"), AnswerPart.Quote(lead)];
    }

    /// <summary>
    /// "trump admin ended cyber ops against CHINA??", "did hegseth pause ops against ukraine": the decision's target
    /// named wrongly. Asking whether it covers another target "too" is a different question, left to abstain.
    /// </summary>
    private static AnswerPart[]? WrongTarget(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (k.Story.PrimaryDecision is not { } decision || k.Corpus.FindSentence(decision.Evidence.SentenceId) is not { } lead
            || LeadTarget().Match(lead.Text) is not { Success: true } reported)
        {
            return null;
        }

        var target = reported.Groups["target"].Value;
        var targetStem = Bot.Core.Text.WordStemmer.Stem(target.ToLowerInvariant());
        var alsoAsked = AlsoAsked().IsMatch(q.LowerText) || OrTarget().Matches(q.LowerText).Any(m => s_targets.Contains(m.Groups["target"].Value));
        if (alsoAsked)
        {
            // "does it cover Chinese targets as well, or just Russia?": the reported target is one of the options, which answers it.
            var onlyTheReported = JustTarget().Matches(q.LowerText).Any(m => Bot.Core.Text.WordStemmer.Stem(m.Groups["target"].Value) == targetStem);
            return onlyTheReported ? [AnswerPart.Plain($"The articles name {target} as the target and no other:"), AnswerPart.Quote(lead)] : null;
        }

        foreach (Match asked in AskedTarget().Matches(q.LowerText))
        {
            var name = asked.Groups["target"].Value;
            var stem = Bot.Core.Text.WordStemmer.Stem(name);
            if (stem == targetStem || Bot.Retrieval.SynonymTable.AreSynonyms(stem, targetStem) || !s_targets.Contains(name))
            {
                continue;
            }

            var typed = AsTyped(q.Text, name);
            return [AnswerPart.Plain($"The articles report it was against {target}, not {typed}:"), AnswerPart.Quote(lead)];
        }

        return null;
    }

    private static readonly HashSet<string> s_targets = new(StringComparer.Ordinal)
    {
        "china", "iran", "ukraine", "korea", "israel", "europe", "belarus", "venezuela", "cuba", "syria", "india", "germany", "france", "britain", "uk", "nato", "eu", "russia", "canada", "mexico", "japan", "taiwan",
    };

    [GeneratedRegex(@"\bagainst\s+(?<target>[A-Z][\w.]+)")]
    private static partial Regex LeadTarget();

    [GeneratedRegex(@"\b(halt\w*|paus\w*|stop\w*|suspen\w*|ceas\w*|end(ed|ing|s)?|froze|freez\w*|ops|operations|attacks|hacking|offensive|or)\s+(\w+\s+){0,3}?(against|on|targeting|vs|versus)\s+(the\s+)?(?<target>[a-z]+)\b")]
    private static partial Regex AskedTarget();

    [GeneratedRegex(@"\b(also|too|as\s+well|either|in\s+addition|besides)\b")]
    private static partial Regex AlsoAsked();

    [GeneratedRegex(@"\bor\s+(?<target>[a-z]+)\b")]
    private static partial Regex OrTarget();

    [GeneratedRegex(@"\b(just|only)\s+(against\s+)?(the\s+)?(?<target>[a-z]+)\b")]
    private static partial Regex JustTarget();

    /// <summary>
    /// "why did he announce the halt during the Zelensky meeting?": the question puts the decision during or after an
    /// event that a sentence places it before. That sentence is quoted first.
    /// </summary>
    private static AnswerPart[]? OrderOfEventsReversed(QuestionAnalysis q, CorpusKnowledge k)
    {
        var text = q.LowerText;
        var placed = QuestionPatterns.DuringOrAfter().Match(text);
        // "was the halt brought up during the meeting?" places a conversation there, not the decision.
        if (!placed.Success || QuestionPatterns.YesNoTiming().IsMatch(text) || QuestionPatterns.DiscussedAt().IsMatch(text))
        {
            return null;
        }

        // "why did they halt it after the blowup?": the halt, then the event it is placed after.
        // "after the shouting match hegseth paused the ops — why?": the event first, up to the halt that follows it.
        var haltAfter = QuestionPatterns.HaltWord().Match(text, placed.Index + placed.Length);
        var eventText = QuestionPatterns.HaltWord().IsMatch(text[..placed.Index]) ? text[(placed.Index + placed.Length)..]
            : text[..placed.Index].Trim().Length == 0 && haltAfter.Success ? text[(placed.Index + placed.Length)..haltAfter.Index]
            : null;
        if (eventText is null)
        {
            return null;
        }

        // An event word the articles put differently ("blowup" for "confrontation") counts when a synonym is there.
        // "… the shouting match hegseth paused …": the name right before the halt is who halted, not part of the event.
        var subject = Regex.Match(eventText, @"(\w+)\W*$").Groups[1].Value;
        if (q.Actors.Any(a => ActorLookup.IsNameWord(a.Actor, subject)))
        {
            eventText = eventText[..eventText.LastIndexOf(subject, StringComparison.Ordinal)];
        }

        var eventStems = q.KnownWords.Where(w => Regex.IsMatch(eventText, $@"\b{Regex.Escape(w.Lower)}\b") && !GenericWords.Contains(w.Lower)).Select(w => w.Stem).ToList();
        var before = eventStems.Count == 0 ? null : k.Corpus.Sentences.FirstOrDefault(s => !s.IsHeading && QuestionPatterns.BeforeInText().IsMatch(s.Text)
            && QuestionPatterns.HaltWord().IsMatch(s.Text.ToLowerInvariant()) && eventStems.All(stem => Bot.Retrieval.SynonymTable.WithSynonyms([stem]).Overlaps(k.StemsOf(s))));
        return before is null ? null : [AnswerPart.Plain("The articles place the decision before that:"), AnswerPart.Quote(before)];
    }

    /// <summary>
    /// "what is the article's headline?", "what's the subheadline say": the heading line of the first article, or the
    /// line right after it. Only when the question asks for that line and nothing more.
    /// </summary>
    private static AnswerDraft? HeadlineAsked(QuestionAnalysis q, CorpusKnowledge k)
    {
        var asked = HeadlineQuestion().Match(q.LowerText);
        if (!asked.Success || q.Actors.Count > 0 || q.KnownWords.Any(w => !GenericWords.Contains(w.Lower)) || q.UnknownWords.Count >= 3 // "write a python script that scrapes headlines from CNN" is a task, not a question about this one
            || k.Corpus.Articles.FirstOrDefault() is not { } article)
        {
            return null;
        }

        var heading = article.Sentences.FirstOrDefault(s => s.IsHeading);
        if (asked.Groups["sub"].Success)
        {
            var sub = heading is null ? null : article.Sentences.FirstOrDefault(s => !s.IsHeading && s.Ordinal > heading.Ordinal);
            return sub is null
                ? Abstain("The articles don't have a subheadline I can quote.")
                : new AnswerDraft([AnswerPart.Plain("The line under the headline reads:"), AnswerPart.Quote(sub)], Abstained: false);
        }

        var title = heading is null
            ? AnswerPart.Plain($"The article's title is \u201C{article.Title}\u201D.")
            : new AnswerPart($"The headline is \u201C{heading.Text}\u201D.", [heading]);
        // "headline in one sentence?", "tldr the headline": the gist as well, in the lead's own words.
        var lead = GistAsked().IsMatch(q.LowerText)
            ? article.Sentences.FirstOrDefault(s => !s.IsHeading)
            : null;
        return new AnswerDraft(lead is null ? [title] : [title, AnswerPart.Plain("In one sentence:"), AnswerPart.Quote(lead)], Abstained: false);
    }

    [GeneratedRegex(@"\b(?<sub>sub\s*head(line|ing)?s?|subtitle|dek|strapline)\b|\b(headlines?|title\s+of\s+(the|this)\s+(article|story|piece))\b")]
    private static partial Regex HeadlineQuestion();

    /// <summary>
    /// "wasn't the halt a Biden-era decision?", "was it Macron's call?": a yes/no question that credits the decision to
    /// a name the articles never mention is answered no, with whom they credit.
    /// </summary>
    private static AnswerPart[]? AbsentDecider(QuestionAnalysis q, CorpusKnowledge k)
    {
        // "did CISA order it?": an organisation's acronym is a name however it is cased; other capitals are shouting.
        var name = q.UnknownWords.FirstOrDefault(w => !ReferenceEquals(w, q.Words[0])
                                                      && ((w.IsCapitalized && w.Original.Any(char.IsLower)) || OrganizationAcronyms.Contains(w.Lower)));
        var asksWhy = WhyAsked().IsMatch(q.LowerText);
        if (name is null || q.Actors.Any(a => a.Actor.Kind == ActorKind.Person) || !(NegatedOrPlainYesNo().IsMatch(q.LowerText) || asksWhy)
            || !(QuestionPatterns.DecisionWord().IsMatch(q.LowerText) || QuestionPatterns.HaltWord().IsMatch(q.LowerText))
            || k.Story.PrimaryDecision is not { } decision
            || decision.AgentActorIds.Select(k.Story.FindActor).FirstOrDefault(a => a is not null) is not { } agent
            || decision.AgentEvidence.FirstOrDefault() is not { } evidence)
        {
            return null;
        }

        // The name must be the one credited: "a Biden-era decision", "Obama's call", "ordered by Macron".
        var bare = Regex.Escape(PossessiveEnding().Replace(name.Lower, ""));
        var text = q.Text.ToLowerInvariant().Replace('\u2019', '\'');
        if (!Regex.IsMatch(text, $@"\b{bare}(-|\s+)(era|administration)\b|\b{bare}'?s\s+(own\s+)?(decision|call|order|idea|doing|directive)\b|\b(by|under)\s+(president\s+|former\s+president\s+)?{bare}\b"))
        {
            return null;
        }

        var display = name.Original.EndsWith("'s", StringComparison.Ordinal) ? name.Original[..^2] : name.Original;
        // "why did the Biden administration halt it?": whose administration the articles report, as well as who decided.
        var credited = k.Corpus.FindSentence(evidence.SentenceId)!;
        var lead = k.Corpus.FindSentence(decision.Evidence.SentenceId);
        return [AnswerPart.Plain($"{(asksWhy ? "" : "No. ")}The articles don't mention {display}; they attribute the decision to {AnswerText.Named(agent)}:"),
            AnswerPart.Quote(credited), .. lead is null || lead.Id == credited.Id ? Array.Empty<AnswerPart>() : [AnswerPart.Quote(lead)]];
    }

    /// <summary>
    /// "congress voted to kill the cyber ops, correct?", "why Schumer ordered the halt", "putin demanded it": a claim that
    /// someone other than the one the articles credit made the decision. Says whom they credit, citing where.
    /// </summary>
    private static AnswerPart? WrongDecider(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (k.Story.PrimaryDecision is not { AgentEvidence.Count: > 0 } decision || CreditedDeciders(decision, k) is not { Count: > 0 } credited)
        {
            return null;
        }

        var words = q.Premise is { } premise ? premise.Words.Concat(q.Words).ToList() : q.Words.ToList();
        var text = string.Join(' ', words.Select(w => w.Lower));
        var actors = (q.Premise?.Actors ?? []).Concat(q.Actors).Select(a => a.Actor).Distinct().ToList();
        var actionStems = DecisionWords(k).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var aboutDecision = QuestionPatterns.HaltWord().IsMatch(text) || DecisionObject().IsMatch(text) || words.Any(w => actionStems.Contains(w.Stem));
        var act = ClaimedDecisionAct().Match(text);
        int WordAt(int charIndex) => text[..charIndex].Count(c => c == ' ');
        var actAt = act.Success ? WordAt(act.Index) : 0;
        // "schumer ordered the halt?? why would a democrat do that": only the claim's own clause can make it a future vote.
        var clause = string.Join(' ', words.Skip(Math.Max(0, actAt - 4)).Take(Math.Min(actAt, 4) + 1)
            .Concat(words.Skip(actAt + 1).Take(4).TakeWhile(w => w.Lower is not ("why" or "who" or "what" or "how" or "when" or "where" or "which")))
            .Select(w => w.Lower));
        // "was Cyber Command ordered to stand down?": the party named is the one given the order, not the one giving it.
        if (!act.Success || !aboutDecision || actors.Any(a => decision.AgentActorIds.Contains(a.Id)) || FutureOrReversal().IsMatch(clause) || OrderReceived().IsMatch(text))
        {
            return null;
        }

        // The party must be the one acting: just before the act ("Schumer ordered", "Waltz he make the directive") or its
        // agent after it ("decided by Democrats") — not someone merely mentioned ("before the Zelensky meeting was it ordered").
        // "ordered by the NSA director": the agent phrase starts right after "by".
        bool AfterBy(int at) => at > actAt && ((at > 0 && words[at - 1].Lower is "by" or "from" or "of") || (at > 1 && words[at - 1].Lower == "the" && words[at - 2].Lower is "by" or "from" or "of"));
        // "was Waltz the one who signed it?", "did the NSA director cite anything when he ordered it?": a relative clause or a
        // pronoun after the party still makes it the one acting.
        bool RelativeOrPronoun(int at) => words.Skip(at + 1).Take(actAt - at - 1).Any(w => w.Lower is "who" or "that" or "he" or "she" or "they");
        bool Acting(int at) => (actAt - at is > 0 and <= 3) || (actAt - at is > 3 and <= 6 && RelativeOrPronoun(at)) || (at > actAt && at > 0 && words[at - 1].Lower == "by");
        var party = actors.Where(a => a.Kind is ActorKind.Person or ActorKind.Group && !IsDecidingGroup(a, decision))
                        .FirstOrDefault(a => Enumerable.Range(0, words.Count).Any(i => IsActorWord(words[i], a) && Acting(i)))?.Name
                    ?? (Institution().Match(text) is { Success: true } m && (Acting(WordAt(m.Index + m.Length)) || AfterBy(WordAt(m.Index)))
                        ? AsTyped(q.Text, Regex.Replace(m.Value, @"^the\s+", ""))
                        : null);
        return party is null
            ? null
            : new AnswerPart($"{DeciderNamed}{AnswerText.JoinAnd(credited.Select(AnswerText.Named).ToList())}; they don't say {party} made it.",
                decision.AgentEvidence.Select(e => k.Corpus.FindSentence(e.SentenceId)).OfType<Sentence>().Distinct().Take(2).ToList());
    }

    /// <summary>A name the way the user typed it ("State Department", "NATO"); typed in lower case, it is capitalised word by word.</summary>
    private static string AsTyped(string typed, string lowerName)
    {
        var article = Regex.IsMatch(typed, @"\bthe\W+" + TypedPattern(lowerName), RegexOptions.IgnoreCase) || TakesTheArticle().IsMatch(lowerName) ? "the " : "";
        var cased = CasedAsTyped(typed, lowerName);
        if (cased.Any(char.IsUpper))
        {
            return article + cased;
        }

        return article + string.Join(' ', lowerName.Split(" ").Select(w => w.Length <= 3 || OrganizationAcronyms.Contains(w) ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>"the Trump administration" is credited with the decision alongside the person who ordered it.</summary>
    private static bool IsDecidingGroup(Actor actor, Decision decision) =>
        actor.Kind == ActorKind.Group && (decision.AgentActorIds.Contains(actor.Id) || decision.Evidence.Text.Contains(actor.Name, StringComparison.OrdinalIgnoreCase)
                                          || actor.Name.Contains("administration", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(ordered|orders|order(ed)?\s+(it|the|to)|decided|decide|made\s+(the|this|that)\s+(decision|directive|call)|(get|got|gets|make|made|push|pushed|pressured?)\s+(?!(told|asked|ordered|instructed|directed)\b)(\w+\s+){1,3}to\s+(stop|halt|pause|end|cease|suspend)|(came|come|comes)\s+(from|out\s+of)(?=\s+(the\s+)?\w+(\s+\w+)?(\s+or\b|\s*$))|(gave|give|giving)\s+(the\s+)?(\w+\s+)?order|make\s+(the|this|that)\s+(decision|directive|call)|voted?\s+(to|for)|passed|pass|(demanded|demand|ask(ed)?\s+for|request(ed)?|pushed\s+for|called\s+for)(?=\s+(the\s+|a\s+|an\s+)?(halt|pause|stop|suspension|freeze|it|this|that|decision|directive|order|move|cyber|ops|operations))|ask(ed)?\s+(\w+\s+){1,3}to\s+(stop|halt|pause|end|cease|suspend)|signed|kill(ed)?|issued|gave\s+the\s+order|issue\s+(the|an?|that|this)|sign\s+(the|an?|off)|forc(e|ed|ing)\s+(the|a|an|it|this|that)|(?<=\b(a|an|the)\s+(\w+\s+){1,3})(call|decision|idea|initiative)(?=\s*$))\b")]
    private static partial Regex ClaimedDecisionAct();

    [GeneratedRegex(@"\b(directive|decision|order|it|this|that)\b")]
    private static partial Regex DecisionObject();

    [GeneratedRegex(@"\b(will|would|could|might|gonna|going\s+to|plan\w*\s+to|overturn\w*|revers\w*|undo\w*|block\w*|lift\w*|resum\w*|restart\w*|review\w*)\b")]
    private static partial Regex FutureOrReversal();

    [GeneratedRegex(@"\b(congress|the\s+senate|senate|the\s+house|lawmakers|legislators|legislature|parliament|the\s+courts?|judges?|nato|the\s+un|democrats|republicans|the\s+kremlin|moscow|state\s+department|department\s+of\s+state|the\s+cia|the\s+nsa|the\s+fbi|(the\s+)?(cisa|dhs|odni)|(the\s+)?cyber\s+command|(the\s+)?cybercom|(the\s+)?national\s+security\s+council|(the\s+)?nsc|(the\s+)?joint\s+chiefs)\b")]
    private static partial Regex Institution();

    [GeneratedRegex("^(" + QuestionPatterns.LeadingFiller + @")*(is\s+it\s+true\s+(that\s+)?)?(was|wasnt|is|isnt|did|didnt|does|doesnt|were|werent)\b")]
    private static partial Regex NegatedOrPlainYesNo();

    /// <summary>
    /// "Defense Secretary Lloyd Austin": a name the articles never mention, right after a title they give someone
    /// else. Says whom they name with that title, and the question is answered about that person.
    /// </summary>
    private static AnswerPart? WrongNameForTitle(QuestionAnalysis q, CorpusKnowledge k)
    {
        var wrong = NameAfterTitle(q);
        if (wrong is null || wrong.Value.Holder.Actor.RoleSentenceId is not { } roleSentence)
        {
            return null;
        }

        var holder = wrong.Value.Holder.Actor;
        return new AnswerPart($"The articles don't mention {wrong.Value.Name}; the {holder.Role} they name is {holder.Name}.", [k.Corpus.FindSentence(roleSentence)!]);
    }

    /// <summary>The capitalised words right after a title that names someone in the articles, when none of them is in the articles.</summary>
    internal static (string Name, ActorReference Holder)? NameAfterTitle(QuestionAnalysis q)
    {
        foreach (var titled in q.Actors.Where(a => a.ByTitle && a.Actor.Kind == ActorKind.Person))
        {
            var first = titled.TokenIndexes.Min();
            if (first > 0 && q.Words[first - 1].Lower is "vice" or "deputy" or "former" or "assistant" or "acting")
            {
                continue; // "Vice President Vance": another office than the president's
            }

            var next = titled.TokenIndexes.Max() + 1;
            var lowerCaseQuestion = !q.Words.Any(w => w.IsCapitalized);
            var name = q.Words.Skip(next).TakeWhile(w => (w.IsCapitalized || lowerCaseQuestion) && q.UnknownWords.Contains(w)).Take(3).ToList();
            if (name.Count > 0)
            {
                return (string.Join(' ', name.Select(w => w.Original)), titled);
            }
        }

        return null;
    }

    private static readonly HashSet<string> s_decisionNouns = new(StringComparer.Ordinal) { "move", "moves", "step", "shift", "change", "policy", "action", "decision", "it", "this", "that" };

    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.Ordinal) { "did", "does", "do", "has", "had", "have", "was", "is", "would", "could", "will", "didn", "doesn" };

    /// <summary>"call the move flawed", "describe it as": words that put a label on something, as a statement does.</summary>
    [GeneratedRegex(@"\b(call|calls|called|calling|describ\w*|label\w*|dub\w*|brand\w*)\b")]
    private static partial Regex NamingVerb();

    /// <summary>
    /// "The article describes a \"considerable shift.\" A shift toward what?": words quoted from the articles point at
    /// the sentence they come from, which leads the answer when it is not cited already.
    /// </summary>
    private static AnswerDraft WithQuotedSentence(QuestionAnalysis q, CorpusKnowledge k, AnswerDraft draft)
    {
        var phrase = QuotedPhrase().Match(q.Text).Groups["phrase"].Value.Trim().TrimEnd('.', ',', '!', '?');
        if (draft.Abstained || phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
        {
            return draft;
        }

        var cited = draft.Parts.SelectMany(p => p.Evidence).ToHashSet();
        var source = k.Corpus.Sentences.FirstOrDefault(s => !s.IsHeading && s.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        return source is null || cited.Any(s => s.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            ? draft
            : draft with { Parts = [AnswerPart.Quote(source), .. draft.Parts] };
    }

    /// <summary>"call it X", "describe the move as X", "was his objection that X": not "call for hearings" or "describe how long".</summary>
    [GeneratedRegex(@"\b(call|calls|called|calling|describ\w*|label\w*|dub\w*|brand\w*|characteri[sz]\w*|term|termed)\b(?!\s+(for|how|when|what|why|who|where|whether|if|on)\b)|\b(objection|argument|criticism|complaint|critique|point|concern)\s+(was\s+|is\s+)?that\b")]
    private static partial Regex CharacterizationAsked();

    [GeneratedRegex(@"\b(one\s+sentence|summary|summari[sz]e|gist|sum\s+up|in\s+short|nutshell)\b")]
    private static partial Regex GistAsked();

    [GeneratedRegex("'s?$")]
    private static partial Regex PossessiveEnding();

    /// <summary>"was this a State Department call?": institutions spoken of with "the" however they were typed.</summary>
    [GeneratedRegex(@"^(senate|house|state\s+department|department\s+of\s+state|cyber\s+command|national\s+security\s+council|joint\s+chiefs|kremlin|courts?|cia|nsa|fbi|un)$")]
    private static partial Regex TakesTheArticle();

    [GeneratedRegex(@"\b(was|were|is|are|been|being|get|got|gets)(\s+\w+){0,5}\s+(ordered|told|instructed|directed)\s+to\b")]
    private static partial Regex OrderReceived();

    [GeneratedRegex(@"^(America|American|U\.?S\.?|United\s+States)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnSide();

    /// <summary>"why did the Biden administration halt it?", "explain why …", "tell me why …".</summary>
    [GeneratedRegex(@"^((explain|tell\s+me|say)\s+why|why\s+(did|would|was|were|has|is))\b")]
    private static partial Regex WhyAsked();
}
