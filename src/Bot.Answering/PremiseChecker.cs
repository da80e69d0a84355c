using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.Core.Text;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>
/// Checks a claim the user asserted ("since Waltz ordered the halt", "Schumer praised it, right?") against the
/// story map and the sentences, and says what the articles actually report — without restating the claim.
/// </summary>
public static partial class PremiseChecker
{
    public const string Contradiction = "That isn't what the articles say";

    /// <summary>How a confirmation of the claim begins.</summary>
    public const string Confirmation = "The articles do ";

    public static IReadOnlyList<AnswerPart> Check(Premise premise, CorpusKnowledge k)
    {
        var text = string.Join(' ', premise.Words.Select(w => w.Lower));
        var person = premise.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person)?.Actor ?? premise.Actors.FirstOrDefault()?.Actor;
        var decision = k.Story.PrimaryDecision;

        var roleCheck = CheckRole(premise, text, k);
        if (roleCheck is not null)
        {
            return roleCheck;
        }

        // "Waltz ordered the halt", "the halt was ordered by the White House": a claim about who decided. "The pause was
        // ordered in response to X" names no decider and is checked against the sentences instead.
        var verb = premise.Words.ToList().FindIndex(w => DecisionClaim().IsMatch(w.Lower));
        // "the cyber pause was ordered after ...": the halt is the subject, so nobody is named as deciding it.
        var before = premise.Words.Take(Math.Max(verb, 0)).ToList();
        var subjectBeforeVerb = verb > 0 && !before.Any(w => QuestionPatterns.HaltWord().IsMatch(w.Lower))
                                && before.Any(w => !StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower) && !QuestionPatterns.DecisionWord().IsMatch(w.Lower));
        var namesDecider = subjectBeforeVerb || AgentPhrase().IsMatch(text);
        if (decision is not null && DecisionClaim().IsMatch(text) && namesDecider)
        {
            var agents = decision.AgentActorIds.Select(k.Story.FindActor).OfType<Actor>().Where(a => a.Kind == ActorKind.Person).ToList();
            var evidence = decision.AgentEvidence.Select(e => k.Corpus.FindSentence(e.SentenceId)!).Take(1).ToList();
            if (agents.Count > 0 && (person is null || agents.All(a => a.Id != person.Id)))
            {
                // "zelensky signed off on the pause, correct?": where the articles do put the person named is part of the answer.
                // Their own reaction first ("Schumer pushed for it?" — he criticized it), else where they appear beside the halt.
                var named = person is null ? null
                    : k.PositionSentences(person.Id).FirstOrDefault(s => !evidence.Contains(s))
                      ?? k.Story.FindActor(person.Id)?.SentenceIds.Select(k.Corpus.FindSentence).OfType<Sentence>()
                          .FirstOrDefault(s => !evidence.Contains(s) && QuestionPatterns.HaltWord().IsMatch(s.Text.ToLowerInvariant()));
                return [new AnswerPart($"{Contradiction}: they attribute the decision to {AnswerText.JoinAnd(agents.Select(a => a.Display).ToList())}.", evidence), .. evidence.Select(AnswerPart.Quote),
                    .. named is null ? [] : new[] { AnswerPart.Plain($"What they report about {person!.Name}:"), AnswerPart.Quote(named) }];
            }

            if (person is not null && agents.Any(a => a.Id == person.Id))
            {
                return [new AnswerPart($"{Confirmation}attribute the decision to {person.Display}.", evidence)];
            }
        }

        // "the directive was meant to support peace diplomacy": an infinitive of purpose, not someone's stance.
        if (person is not null && StanceClaim().Match(text) is { Success: true } stanceMatch && !text[..stanceMatch.Index].TrimEnd().EndsWith(" to", StringComparison.Ordinal))
        {
            var claimed = stanceMatch.Groups["support"].Success ? Stance.Supportive : Stance.Critical;
            // The reaction that takes a side is the evidence, before a bare mention ("Carver clashed with Hale").
            var reactions = k.Story.ReactionsBy(person.Id).OrderBy(r => r.Stance == claimed ? 0 : r.Stance == Stance.Statement ? 2 : 1).ToList();
            var evidence = reactions.Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)!).Distinct().Take(1).ToList();
            if (reactions.Count == 0)
            {
                return SaidBySomeoneElse(premise, person, k) ?? [AnswerPart.Plain($"The articles don't report any such reaction from {person.Name}.")];
            }

            return reactions.Any(r => r.Stance == claimed)
                ? [new AnswerPart($"{Confirmation}report that reaction from {person.Name}.", evidence)]
                : [new AnswerPart($"That isn't what the articles report about {person.Name}. What they report:", []), .. evidence.Select(AnswerPart.Quote)];
        }

        return CheckAgainstSentences(premise, k);
    }

    /// <summary>"Park criticized it as a gift to importers": words the articles report from someone else, who is named.</summary>
    private static IReadOnlyList<AnswerPart>? SaidBySomeoneElse(Premise premise, Actor person, CorpusKnowledge k)
    {
        var words = premise.Words.Where(w => !StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower) && !ActorLookup.IsNameWord(person, w.Lower)
                                             && !StanceClaim().IsMatch(w.Lower) && !QuestionPatterns.HaltWord().IsMatch(w.Lower)).ToList();
        var best = words.Count < 2 ? null : SentenceRanker.Rank(k, words, []).FirstOrDefault();
        var speaker = best is null || best.Coverage < 0.8 ? null
            : k.Story.ReactionsIn(best.Sentence.Id).Select(r => k.Story.FindActor(r.ActorId)).OfType<Actor>().FirstOrDefault(a => a.Id != person.Id);
        return speaker is null
            ? null
            : [AnswerPart.Plain(AnswerText.SaidByOther(person.Name, speaker)), AnswerPart.Quote(best!.Sentence)];
    }

    /// <summary>"Hegseth is the national security adviser": a person named with another person's title.</summary>
    private static IReadOnlyList<AnswerPart>? CheckRole(Premise premise, string text, CorpusKnowledge k)
    {
        var named = premise.Actors.FirstOrDefault(a => !a.ByTitle && a.Actor.Kind == ActorKind.Person)?.Actor;
        var titled = premise.Actors.FirstOrDefault(a => a.ByTitle && a.Actor.Kind == ActorKind.Person)?.Actor;
        if (named is null || titled is null || named.Id == titled.Id || !IdentityClaim().IsMatch(text) || named.Role is null || named.RoleSentenceId is null)
        {
            return null;
        }

        var namedSentence = k.Corpus.FindSentence(named.RoleSentenceId)!;
        var titledSentence = titled.RoleSentenceId is null ? null : k.Corpus.FindSentence(titled.RoleSentenceId);
        var parts = new List<AnswerPart> { new($"{Contradiction}: they identify {named.Name} as {named.Role}.", [namedSentence]) };
        if (titledSentence is not null && titled.Role is not null)
        {
            parts.Add(new AnswerPart($"The {titled.Role} they name is {titled.Name}.", [titledSentence]));
        }

        return parts;
    }

    private static IReadOnlyList<AnswerPart> CheckAgainstSentences(Premise premise, CorpusKnowledge k)
    {
        var topic = premise.Words
            .Where(w => !StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower))
            .ToList();
        var unknown = topic.Where(w => !k.Vocabulary.CoversStem(w.Stem) && !k.Vocabulary.IsInCorpus(w.Lower)).ToList();
        var known = topic.Except(unknown).ToList();
        var best = known.Count == 0 ? null : SentenceRanker.Rank(k, known, premise.Actors.Select(a => a.Actor).ToArray()).FirstOrDefault();
        var claimNegated = premise.Words.Any(w => StopWords.IsNegation(w.Lower));
        // A claim is supported only if one sentence has nearly all its words, every name it uses, and the same polarity.
        var names = premise.Words.Where(w => w.IsCapitalized || premise.Actors.Any(a => a.TokenIndexes.Contains(premise.Words.ToList().IndexOf(w)))).Select(w => w.Stem).ToList();
        var supported = unknown.Count == 0 && best is not null && best.Coverage >= 0.85 &&
                        names.All(n => k.StemsOf(best.Sentence).Contains(n) || premise.Actors.Any(a => k.Story.MentionsIn(best.Sentence.Id).Any(m => m.ActorId == a.Actor.Id))) &&
                        premise.Actors.All(a => k.Story.MentionsIn(best.Sentence.Id).Any(m => m.ActorId == a.Actor.Id)) &&
                        Tokenizer.Tokenize(best.Sentence.Text).Any(t => StopWords.IsNegation(t.Lower)) == claimNegated;
        if (supported)
        {
            // "experts think the pause will make Russia hack LESS": a direction word the sentence lacks may turn the
            // claim around ("dilute efforts against Russian hacking"), so the sentence is given without a verdict.
            var sentenceStems = k.StemsOf(best!.Sentence);
            var direction = premise.Words.Any(w => Direction().IsMatch(w.Lower) && !sentenceStems.Contains(w.Stem));
            return [AnswerPart.Plain(direction ? "Here is what the articles report on that:" : Confirmation + "report this:"), AnswerPart.Quote(best.Sentence)];
        }

        // "was it meant to punish Ukraine?": a claimed purpose is set against the purpose the articles give, whichever
        // way it goes — words alone cannot tell "support peace diplomacy" (right) from "punish Ukraine" (wrong).
        var statedPurpose = PurposeClaim().IsMatch(string.Join(' ', premise.Words.Select(w => w.Lower)))
            ? k.Story.PrimaryDecision?.Reasons.Select(r => k.Corpus.FindSentence(r.Evidence.SentenceId)).OfType<Sentence>().FirstOrDefault()
            : null;
        if (statedPurpose is not null)
        {
            return [AnswerPart.Plain("Here is the purpose the articles give:"), AnswerPart.Quote(statedPurpose)];
        }

        // "the admin put out a press release explaining why they paused": what the articles say of the reasons being public answers it.
        var unknownReasons = QuestionPatterns.RationaleDisclosureAsked().IsMatch(string.Join(' ', premise.Words.Select(w => w.Lower)))
            ? k.UndisclosedReasons()
            : null;
        if (unknownReasons is not null)
        {
            return [AnswerPart.Plain("No. The articles don't report any explanation being released; they say:"), AnswerPart.Quote(unknownReasons)];
        }

        var parts = new List<AnswerPart> { AnswerPart.Plain("The articles don't say that.") };
        if (best is not null && best.Coverage >= 0.4)
        {
            parts.Add(AnswerPart.Plain("What they do say:"));
            parts.Add(AnswerPart.Quote(best.Sentence));
        }

        return parts;
    }

    [GeneratedRegex(@"^(less|more|fewer|lower|higher|increase\w*|decrease\w*|reduc\w*|rais\w*|boost\w*|cut\w*|grow\w*|shrink\w*|better|worse|stronger|weaker|safer|harder|easier|up|down)$")]
    private static partial Regex Direction();

    [GeneratedRegex(@"\b(meant|aimed|intended|designed|supposed)\s+to\b|\bin\s+order\s+to\b|\bpurpose\b|\bgoal\b")]
    private static partial Regex PurposeClaim();

    [GeneratedRegex(@"\b(ordered|issued|directed|decided|signed|approved|authori[sz]ed|made)\s+by\b|\b(came|coming|comes)\s+from\b")]
    private static partial Regex AgentPhrase();

    [GeneratedRegex(@"\b(is|was|as|serves\s+as|works\s+as)\s+(the\s+|a\s+|an\s+)?(us\s+|u\.s\.\s+)?\w+")]
    private static partial Regex IdentityClaim();

    [GeneratedRegex(@"\b(order|ordered|orders|issued|issue|directed|direct|decided|decide|signed|sign|approved(?!\s+of)|approve(?!\s+of)|authori[sz]ed|behind|responsible|made\s+the\s+(call|decision)|forced|pressured|pushed|pushing|push|caused|compelled|requested|request|demanded|demand|asked|ask)\b")]
    private static partial Regex DecisionClaim();

    [GeneratedRegex(@"\b(?<support>praised|praise|supported|support|supports|endorsed|endorse|backed|back|welcomed|welcome|applauded|applaud|approved\s+of|likes?|liked|loves?|loved)\b|\b(?<critic>criticized|criticised|criticize|opposed|oppose|condemned|condemn|slammed|attacked|rejected)\b")]
    private static partial Regex StanceClaim();
}
