using System.Text.RegularExpressions;
using Bot.Core.Model;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>When and how the answerer declines: absent topics, unreported events, false reversals, refusals.</summary>
public sealed partial class ExtractiveAnswerer
{
    /// <summary>A topic word the corpus never uses that is plainly what the question is about.</summary>
    [GeneratedRegex("^(" + QuestionPatterns.LeadingFiller + @")*(was|is|were|are)\b")]
    private static partial Regex CopulaYesNo();

    /// <summary>"coastal", "critical", "offensive": a describing word before a noun makes it a described instance.</summary>
    [GeneratedRegex(@"^\w{3,}(al|ic|ive|ous|ern|ish|ian|ary)$")]
    private static partial Regex AdjectiveEnding();

    [GeneratedRegex(@"[,\u2013\u2014-]\s*(?:the\s+|like\s+|e\.?g\.?\s+)?(?<guess>\w+(?:[\s?.]+\w+){0,3})[\s?.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex GuessAfterComma();

    private static string? UnknownFocus(QuestionAnalysis q, CorpusKnowledge k)
    {
        // "mike waltz is what, NSA director? what's his actual role?": a wrong guess at a title is answered by the real one.
        if (q.Kind == QuestionKind.WhoIs && (QuestionPatterns.RoleChoice().IsMatch(q.LowerText) || QuestionPatterns.HoldsTitle().IsMatch(q.LowerText)
                                             || (QuestionPatterns.RoleQuestion().Match(q.LowerText) is { Success: true } role
                                                 && q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person && !a.ByTitle) is { } roleHolder
                                                 && q.UnknownWords.Count > 0 && q.UnknownWords.All(u => q.LowerText.IndexOf(u.Lower, StringComparison.Ordinal) < role.Index
                                                                                                     && q.Words.ToList().IndexOf(u) > roleHolder.TokenIndexes.Max()))))
        {
            return null; // "is Zelensky president or PM?": the title the articles give answers it, whichever words were offered
        }

        // "what exactly was halted — sanctions, arms shipments, or something else?": guesses offered beside the question.
        // "who signed the order? was it cybercom or someone higher up?": guesses at the decider, which naming them answers.
        if (ChoiceWithOneRealOption(q, k) || HaltedThingWithGuesses().IsMatch(q.LowerText)
            || (q.Kind == QuestionKind.WhoDecided && DeciderWithGuesses().IsMatch(q.LowerText)))
        {
            return null; // "is this a US policy or a UK one?": the option the articles name is the answer
        }

        var unreported = UnreportedSetting(q, k);
        if (unreported is not null)
        {
            return unreported;
        }

        // "was the blowup about the minerals deal?": an agreement or bill the articles never mention.
        var instrument = QuestionPatterns.NamedInstrument().Match(q.LowerText);
        if (instrument.Success && q.UnknownWords.Any(w => w.Lower == instrument.Groups["x"].Value))
        {
            return $"a {instrument.Groups["x"].Value} {instrument.Groups["what"].Value}";
        }

        // "ukraine war casualties", "aid dollar figure": a keyword query names its topic last; one the articles never use is missing.
        var keyword = q.Words.Count is >= 2 and <= 5 ? q.Words[^1] : null;
        if (keyword is not null && q.UnknownWords.Contains(keyword) && keyword.Lower.Length > 3 && keyword.Lower.All(char.IsLetter) && !GenericWords.Contains(keyword.Lower) && !keyword.IsCapitalized
            && !KeywordQueryOpener().IsMatch(q.LowerText) && q.Actors.Count == 0 && q.Premise is null)
        {
            return keyword.Lower;
        }

        var organization = AbsentOrganization(q, k);
        if (organization is not null)
        {
            return organization;
        }

        if (q.Kind == QuestionKind.Why && QuestionPatterns.RationaleDisclosureAsked().IsMatch(q.LowerText) && !q.UnknownWords.Any(w => w.IsCapitalized))
        {
            return null; // "bet they dropped a memo explaining it": whether the reasons are public is answered, whatever the wrapping words
        }

        // "did any republicans criticize it?": the people asked about are not in the articles at all.
        var absentGroup = QuestionPatterns.AbsentGroupSubject().Match(q.LowerText);
        var groupWord = absentGroup.Groups["group"].Value;
        var partyOrOutsider = !QuestionPatterns.PersonCategory().IsMatch(groupWord) || groupWord.StartsWith("republican", StringComparison.Ordinal);
        // "did Republicans or Democrats push back?": the party offered beside it that the articles do name answers it.
        var otherOffered = q.LowerText.Contains(" or ", StringComparison.Ordinal) && q.Actors.Any(a => a.Actor.Kind == ActorKind.Group);
        if (absentGroup.Success && partyOrOutsider && !otherOffered && !k.Vocabulary.CoversStem(Bot.Core.Text.WordStemmer.Stem(absentGroup.Groups["group"].Value)) && !k.Vocabulary.IsInCorpus(absentGroup.Groups["group"].Value))
        {
            return absentGroup.Groups["group"].Value;
        }

        // "did any republican senators ...": a kind of person the articles never mention.
        for (var i = 0; i + 1 < q.Words.Count; i++)
        {
            var modifier = q.Words[i];
            var absent = !Bot.Core.Text.StopWords.IsStopWord(modifier.Lower) && !GenericWords.Contains(modifier.Lower)
                         && !k.Vocabulary.CoversStem(modifier.Stem) && !k.Vocabulary.IsInCorpus(modifier.Lower);
            if (absent && QuestionPatterns.PersonCategory().IsMatch(q.Words[i + 1].Lower) && q.Words[i + 1].Lower.EndsWith('s')
                && !q.Words[i + 1].Lower.EndsWith("ss", StringComparison.Ordinal))
            {
                return $"{q.Words[i].Lower} {q.Words[i + 1].Lower}";
            }
        }

        // "which hacking groups are mentioned by name?": names asked for, and nobody the articles name is meant.
        var lowered = q.LowerText;
        if (q.Actors.Count == 0 && QuestionPatterns.NamesAsked().IsMatch(lowered) && !PeopleOfTheStoryAsked(lowered))
        {
            return "those names";
        }

        // "which Russian hacking groups ...?", "which power grids has Russia attacked?": named instances the articles never give.
        var instanceNoun = AskedInstanceNoun(q);
        if (instanceNoun is not null && !k.NamedStems.Contains(instanceNoun.Stem))
        {
            return "which " + instanceNoun.Lower;
        }

        var futureDate = QuestionPatterns.FutureDate().Match(lowered);
        if (futureDate.Success && !k.Corpus.Sentences.Any(s => s.Text.Contains(futureDate.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return "anything about " + futureDate.Value; // "what's supposed to happen next week?", "the next election"
        }

        // "did the pause lead to a ceasefire?": an outcome the articles never name.
        var outcome = QuestionPatterns.LedTo().Match(lowered);
        if (outcome.Success && q.UnknownWords.Any(w => w.Lower == outcome.Groups["x"].Value))
        {
            return outcome.Groups["x"].Value;
        }

        // "... was it the minerals deal?": a guess at something the articles never mention.
        var guess = QuestionPatterns.TrailingGuess().Match(lowered);
        if (guess.Success && q.UnknownWords.Any(w => w.Lower == guess.Groups["x"].Value))
        {
            return guess.Groups["x"].Value;
        }

        // "which countries backing Ukraine were hit?": the sentence that answers names no country the question didn't.
        if (QuestionPatterns.WhichHead(q.Words) is "countries" or "nations" or "states" && UnnamedInSentence(q, k))
        {
            return "which ones";
        }

        if (QuestionPatterns.CodeName().Match(lowered) is { Success: true } codeName)
        {
            return codeName.Value.Contains("code", StringComparison.Ordinal) ? "a code name" : "an official name for it";
        }

        var undiscussed = UndiscussedMatter(q, k);
        if (undiscussed is not null)
        {
            return undiscussed;
        }

        // "what election did Russia interfere in?": a specific instance asked for, of something the articles only mention in general.
        var instance = QuestionPatterns.InstanceOf().Match(lowered);
        if (instance.Success && (k.Vocabulary.IsProperNoun(instance.Groups["subject"].Value) || q.Actors.Count > 0)
            && !QuestionPatterns.PersonCategory().IsMatch(instance.Groups["head"].Value) && !QuestionPatterns.PlaceCategory().IsMatch(instance.Groups["head"].Value)
            && !GenericWords.Contains(instance.Groups["head"].Value) && MentionedOnlyInGeneral(q, k, instance.Groups["head"].Value))
        {
            return "which " + instance.Groups["head"].Value;
        }

        if (QuestionPatterns.PersonalDetail().IsMatch(q.LowerText)
            || (q.Actors.Any(a => a.Actor.Kind == ActorKind.Person) && QuestionPatterns.Biography().IsMatch(q.LowerText)))
        {
            return "that detail";
        }

        // "besides Schumer, which other Democratic leaders ...?": every member the articles name is already in the question.
        if (QuestionPatterns.OthersAsked().IsMatch(q.LowerText)
            && q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Group && a.Actor.MemberIds.Count > 0) is { } members
            && members.Actor.MemberIds.All(id => q.Actors.Any(a => a.Actor.Id == id)))
        {
            return $"any other {members.Actor.Name.ToLowerInvariant()} by name";
        }

        // "who else besides Trump will attend the Putin meeting?": the sentence about it names nobody else.
        if (QuestionPatterns.OthersAsked().IsMatch(q.LowerText) && QuestionPatterns.StartsWithWho().IsMatch(q.LowerText) && !QuestionPatterns.StanceVerb().IsMatch(q.LowerText)
            && q.Actors.Count > 0 && SentenceRanker.Rank(k, q.KnownWords, ActorsOf(q)).FirstOrDefault() is { } about
            && !k.Story.Actors.Any(a => a.Kind == ActorKind.Person && q.Actors.All(r => r.Actor.Id != a.Id) && MentionsActor(k, about.Sentence.Id, a)))
        {
            return "anyone else by name";
        }

        // "do most Americans support the pause? any polls?": public opinion, when no sentence reports any.
        if (QuestionPatterns.OpinionPoll().IsMatch(q.LowerText) && NoSentenceMatches(k, QuestionPatterns.OpinionPoll()))
        {
            return "any polling or public opinion";
        }

        // "was Waltz in the room for the Zelensky meeting?": a person at an event whose sentences never place them there.
        var presence = QuestionPatterns.PresenceAsked().Match(q.LowerText);
        if (presence.Success && q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person) is { } attendee)
        {
            var eventStem = Bot.Core.Text.WordStemmer.Stem(presence.Groups["event"].Value);
            var eventSentences = k.Corpus.Sentences.Where(s => k.StemsOf(s).Contains(eventStem)).ToList();
            if (eventSentences.Count > 0 && !eventSentences.Any(s => MentionsActor(k, s.Id, attendee.Actor)))
            {
                return $"whether {attendee.Actor.Name} was at the {presence.Groups["event"].Value}";
            }
        }

        // "what did Schumer propose doing instead?": an alternative put forward, when no sentence reports one.
        if (QuestionPatterns.AlternativeAsked().IsMatch(q.LowerText) && !k.Corpus.Sentences.Any(s => QuestionPatterns.AlternativeReported().IsMatch(s.Text)))
        {
            return "any alternative being proposed";
        }

        if (QuestionPatterns.PartyAsked().IsMatch(q.LowerText) && q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person) is { } member
            && !member.Actor.SentenceIds.Any(id => k.Corpus.FindSentence(id) is { } s && QuestionPatterns.PartyName().IsMatch(s.Text)))
        {
            return "which party " + member.Actor.Name + " belongs to"; // "is Hegseth a Republican?" when no sentence about him names a party
        }

        if (q.UnknownWords.Count == 0)
        {
            return null;
        }

        // "Senate Majority Leader Chuck Schumer": a wrong word in the title of someone the articles name is not an absent name.
        var wrongName = NameAfterTitle(q)?.Name;
        var properNoun = q.UnknownWords.FirstOrDefault(w => w.IsCapitalized && q.Words.Count > 0 && !ReferenceEquals(q.Words[0], w) && !InTitleOfNamedPerson(q, w)
                                                            && (wrongName is null || !wrongName.Split(' ').Contains(w.Original)));
        if (properNoun is not null)
        {
            return properNoun.Original;
        }

        var subject = QuestionPatterns.AuxSubject().Match(q.LowerText);
        var unknownSubject = subject.Success ? q.UnknownWords.FirstOrDefault(w => w.Lower == subject.Groups["subject"].Value && !InTitleOfNamedPerson(q, w)) : null;
        if (unknownSubject is not null)
        {
            return unknownSubject.Lower;
        }

        // "did cybersecurity stocks move?": the head of the subject is a thing the articles never mention.
        if (subject.Success && q.Words.Count > 3 && YesNoOrTrue().IsMatch(q.LowerText))
        {
            var head = q.Words[2];
            if (q.Words[1].Lower == subject.Groups["subject"].Value && !Bot.Core.Text.StopWords.IsStopWord(q.Words[1].Lower) && q.UnknownWords.Contains(head) && head.Lower.EndsWith('s') && !head.Lower.EndsWith("ss", StringComparison.Ordinal)
                && !Bot.Core.Text.StopWords.IsStopWord(head.Lower) && !InTitleOfNamedPerson(q, head))
            {
                return q.Words[1].Lower + " " + head.Lower;
            }
        }

        // "who is the senate majority leader?": an office with a word the articles never use names nobody in them.
        if (QuestionPatterns.StartsWithWho().IsMatch(q.LowerText))
        {
            for (var i = 1; i < q.Words.Count; i++)
            {
                if (TitleBeforeName.IsHead(q.Words[i].Lower) && q.Words.Skip(Math.Max(0, i - 2)).Take(Math.Min(2, i)).FirstOrDefault(w => q.UnknownWords.Contains(w)) is { } office)
                {
                    var start = q.Words.ToList().IndexOf(office);
                    if (start > 0 && !Bot.Core.Text.StopWords.IsStopWord(q.Words[start - 1].Lower))
                    {
                        start--; // "senate majority leader": the office word before the unknown one belongs to the title
                    }

                    return "a " + string.Join(' ', q.Words.Skip(start).Take(i + 1 - start).Select(w => w.Lower));
                }
            }
        }

        // "was the directive classified?": the property of the decision asked about, last in a yes/no question, is a word the articles never use.
        var last = q.Words[^1];
        if (CopulaYesNo().IsMatch(q.LowerText) && q.UnknownWords.Count == 1 && q.UnknownWords[0] == last && !last.IsCapitalized && !last.WasCorrected
            && !InTitleOfNamedPerson(q, last) && q.Words.Count >= 3 && q.Words.Count <= 7
            && (QuestionPatterns.DecisionWord().IsMatch(q.Words[^2].Lower) || QuestionPatterns.HaltWord().IsMatch(q.Words[^2].Lower)))
        {
            return $"whether it was {last.Lower}";
        }

        // "are Democrats planning legislation?": the thing planned or proposed is something the articles never mention.
        var planned = QuestionPatterns.PlannedThing().Match(q.LowerText);
        if (planned.Success && q.UnknownWords.FirstOrDefault(w => w.Lower == planned.Groups["thing"].Value) is { } thing && !GenericWords.Contains(thing.Lower))
        {
            return thing.Lower;
        }

        var noun = QuestionPatterns.WhichHead(q.Words);
        if (noun is not null && !QuestionPatterns.PersonCategory().IsMatch(noun) && !QuestionPatterns.PlaceCategory().IsMatch(noun) && !QuestionPatterns.CategoryNoun().IsMatch(noun))
        {
            var asked = q.UnknownWords.FirstOrDefault(w => w.Lower == noun);
            if (asked is not null)
            {
                return "which " + asked.Lower;
            }
        }

        var askedPhrase = AskedThingUnknown(q);
        if (askedPhrase is not null)
        {
            return askedPhrase;
        }

        var firstTopic = q.Words.FirstOrDefault(w => !Bot.Core.Text.StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower));
        if (firstTopic is not null && q.UnknownWords.Contains(firstTopic) && LooksLikeTopicNoun(q, firstTopic) && !QuestionPatterns.EffectAsked().IsMatch(q.LowerText))
        {
            return firstTopic.Lower; // "polls on whether ...", "what's the weather in Kyiv": the thing asked about is what the articles lack
        }

        var properName = AbsentProperName(q, k);
        if (properName is not null)
        {
            return properName;
        }

        var knownTopic = q.KnownWords.Count + (q.FocusActor is null ? 0 : 1);
        // "honestly this is insane, is anyone concerned?": asking who reacted to the story needs no topic words of its own.
        // "did the pause come out of the commerce department or the white house?": the options offered are not the topic.
        var askedWhoReacted = (q.Kind == QuestionKind.WhoReacted && q.KnownWords.Count == 0) || (q.Kind == QuestionKind.WhoDecided && QuestionPatterns.WhoseCall().IsMatch(q.LowerText));
        var unknownCount = q.UnknownWords.Count(w => !InTitleOfNamedPerson(q, w));
        return !askedWhoReacted && unknownCount >= 2 && unknownCount >= knownTopic ? "that" : null;
    }

    /// <summary>
    /// "was Cyber Command told to stand down?", "did the CIA object?": an organisation the articles never name. Its
    /// words may be familiar ("cyber", "command" ~ order), so the name is checked as a phrase, and well-known
    /// acronyms as words.
    /// </summary>
    private static string? AbsentOrganization(QuestionAnalysis q, CorpusKnowledge k)
    {
        var words = q.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (OrganizationAcronyms.Contains(word.Lower) && !k.Vocabulary.IsInCorpus(word.Lower))
            {
                return word.Original.ToUpperInvariant();
            }

            if (i == 0 || !s_organizationHeads.Contains(word.Lower))
            {
                continue;
            }

            var modifier = words[i - 1];
            if (Bot.Core.Text.StopWords.IsStopWord(modifier.Lower) || GenericWords.Contains(modifier.Lower) || q.Actors.Any(a => a.TokenIndexes.Contains(i - 1)))
            {
                continue;
            }

            var phrase = $"{modifier.Lower} {word.Lower}";
            if (!k.Corpus.Sentences.Any(s => s.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)))
            {
                return $"{Capitalize(modifier.Lower)} {Capitalize(word.Lower)}";
            }
        }

        return null;

        static string Capitalize(string w) => char.ToUpperInvariant(w[0]) + w[1..];
    }

    private static readonly HashSet<string> s_organizationHeads = new(StringComparer.Ordinal)
    {
        "command", "agency", "bureau", "council", "committee", "ministry", "corps", "directorate", "commission", "parliament",
    };

    /// <summary>The plural noun a "which ..." question asks to have named, when it is a kind of thing with proper names.</summary>
    private static QuestionWord? AskedInstanceNoun(QuestionAnalysis q)
    {
        if (q.Words.Count < 2 || QuestionPatterns.KindsAsked().IsMatch(q.LowerText) || QuestionPatterns.EffectAsked().IsMatch(q.LowerText))
        {
            return null; // "what's at stake for elections?" asks about an effect on them, not which ones
        }

        if (q.Kind == QuestionKind.WhoReacted && PartyNoun().IsMatch(q.LowerText))
        {
            return null; // "which groups have raised concerns?": the parties that reacted, not named hacking groups
        }

        // "what's the name of the hacking group ...": the name asked for comes after "name(s) of".
        var nameOf = q.Words.Select((w, i) => (w, i)).FirstOrDefault(x => x.w.Lower is "name" or "names" && x.i + 1 < q.Words.Count && q.Words[x.i + 1].Lower == "of");
        var start = nameOf.w is not null ? nameOf.i + 2 : q.Words[0].Lower is "which" or "what" ? 1 : -1;
        if (start < 0)
        {
            return null;
        }

        if (start + 1 < q.Words.Count && q.Words[start].Lower is "pieces" or "piece" or "parts" or "part" or "examples" or "bits" && q.Words[start + 1].Lower == "of")
        {
            start += 2; // "which pieces of critical infrastructure": the pieces are instances of what follows
        }

        // "what critical infrastructure did Russia hit, power grid? water?": a general noun, pressed for particulars.
        var pressed = QuestionPatterns.SpecificsPressed().IsMatch(q.LowerText) || UnknownOptionOffered(q);
        return q.Words.Skip(start).Take(4).FirstOrDefault(w => (QuestionPatterns.NameableInstances().IsMatch(w.Lower) || (nameOf.w is not null && QuestionPatterns.NameableInstances().IsMatch(w.Lower + "s"))
                                                                || (pressed && QuestionPatterns.GeneralInstances().IsMatch(w.Lower)))
                                                             && !q.LowerText.Contains("head of " + w.Lower, StringComparison.Ordinal) // "head of state" is a person
                                                             && !QuestionPatterns.QualifiesPerson(q.Words, q.Words.ToList().IndexOf(w)) // "which agency's chief" asks for the person
                                                             && !InTitleOfNamedPerson(q, w)); // "Secretary of State Hegseth" is a (wrong) title
    }

    /// <summary>"is the halt even legal?", "was the order written or verbal?": matters the articles never discuss.</summary>
    private static string? UndiscussedMatter(QuestionAnalysis q, CorpusKnowledge k)
    {
        var lowered = q.LowerText;
        var legalOption = Regex.IsMatch(lowered, @"\bor\s+(il)?legal\b|\b(il)?legal\s+or\b"); // "framed as strategic or legal?" offers a reading, not a question of law
        if (QuestionPatterns.LegalityAsked().IsMatch(lowered) && !legalOption && NoSentenceMatches(k, QuestionPatterns.LegalityAsked()))
        {
            return "anything about whether it is legal";
        }

        var aboutTheOrder = QuestionPatterns.DecisionWord().IsMatch(lowered) || QuestionPatterns.HaltWord().IsMatch(lowered);
        if (QuestionPatterns.OrderFormAsked().IsMatch(lowered) && aboutTheOrder && !lowered.Contains("as written", StringComparison.Ordinal) && NoSentenceMatches(k, QuestionPatterns.OrderFormAsked()))
        {
            return "what form the order took";
        }

        // Only asked yes/no: "what did they talk about at the meeting?" is answered by what the articles say of the meeting.
        if (QuestionPatterns.DiscussedAt().IsMatch(lowered) && YesNoOrTrue().IsMatch(lowered) && NoSentenceMatches(k, QuestionPatterns.Discussion()))
        {
            return "what was discussed there";
        }

        return null;
    }

    /// <summary>True when no sentence of the corpus (in lower case) matches the pattern.</summary>
    private static bool NoSentenceMatches(CorpusKnowledge k, Regex pattern) => !k.Corpus.Sentences.Any(s => pattern.IsMatch(s.Text.ToLowerInvariant()));

    /// <summary>"electricity or water?": an option the question offers is a word the articles never use.</summary>
    private static bool UnknownOptionOffered(QuestionAnalysis q)
    {
        // "which infrastructure did Russia hit recently, power grid?": a guess tacked on after a comma or dash.
        var tail = GuessAfterComma().Match(q.Text);
        if (tail.Success && tail.Groups["guess"].Value.Split([' ', '?', '.'], StringSplitOptions.RemoveEmptyEntries).Any(g => q.UnknownWords.Any(w => w.Lower == g.ToLowerInvariant())))
        {
            return true;
        }

        for (var i = 1; i + 1 < q.Words.Count; i++)
        {
            if (q.Words[i].Lower == "or" && (q.UnknownWords.Contains(q.Words[i - 1]) || q.UnknownWords.Contains(q.Words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the articles use the noun only as a bare modifier ("election interference"), never as a named or
    /// described instance ("American critical infrastructure", "the intent to ..."): then "which X" has no answer.
    /// </summary>
    private static bool MentionedOnlyInGeneral(QuestionAnalysis q, CorpusKnowledge k, string head)
    {
        var headStem = Bot.Core.Text.WordStemmer.Stem(head);
        var occurrences = 0;
        foreach (var ranked in SentenceRanker.Rank(k, q.KnownWords, ActorsOf(q)).Take(5))
        {
            var text = ranked.Sentence.Text;
            var tokens = Bot.Core.Text.Tokenizer.Tokenize(text);
            for (var i = 1; i < tokens.Count; i++)
            {
                if (Bot.Core.Text.WordStemmer.Stem(tokens[i].Lower) != headStem)
                {
                    continue;
                }

                occurrences++;
                var qualifiedBefore = tokens[i - 1].IsNumber || (tokens[i - 1].IsCapitalized && i > 1) || AdjectiveEnding().IsMatch(tokens[i - 1].Lower)
                                      || (i > 1 && tokens[i - 2].IsCapitalized && !text[(tokens[i - 2].Start + tokens[i - 2].Length)..tokens[i].Start].Contains(','));
                var next = i + 1 < tokens.Count ? tokens[i + 1] : (Bot.Core.Text.Token?)null;
                var modifierUse = next is { } n && !Bot.Core.Text.StopWords.IsStopWord(n.Lower)
                                  && !text[(tokens[i].Start + tokens[i].Length)..n.Start].Any(c => c is ',' or ';' or '.');
                if (qualifiedBefore || !modifierUse)
                {
                    return false;
                }
            }
        }

        return occurrences > 0;
    }

    // "in what setting", "to what extent": nouns that ask how or where something was, not for a thing to be named.
    private static readonly HashSet<string> s_frameNouns = new(StringComparer.Ordinal)
    {
        "setting", "settings", "context", "circumstances", "capacity", "manner", "sense", "extent", "degree", "respect", "form", "format", "tone", "light", "venue", "location", "forum", "spirit", "terms", "wording", "language",
    };

    private static readonly HashSet<string> s_askingPrepositions = new(StringComparer.Ordinal) { "under", "by", "on", "with", "from", "through", "using", "via", "in", "at", "for" };

    /// <summary>
    /// True when the best sentence speaks of countries only in general: no proper name the question didn't use stands
    /// within a few words of "countries"/"nations" ("sabotage aimed at nations supporting Ukraine").
    /// </summary>
    private static bool UnnamedInSentence(QuestionAnalysis q, CorpusKnowledge k)
    {
        var best = SentenceRanker.Rank(k, q.KnownWords, ActorsOf(q)).FirstOrDefault();
        if (best is null)
        {
            return false;
        }

        var asked = q.Words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var tokens = Bot.Core.Text.Tokenizer.Tokenize(best.Sentence.Text);
        var heads = Enumerable.Range(0, tokens.Count).Where(i => Bot.Core.Text.WordStemmer.Stem(tokens[i].Lower) is "countri" or "nation" or "state").ToList();
        return heads.Count > 0 && heads.All(h => !tokens.Skip(Math.Max(1, h - 3)).Take(7).Any(t =>
            t.IsCapitalized && k.Vocabulary.IsProperNoun(t.Lower) && !asked.Contains(Bot.Core.Text.WordStemmer.Stem(t.Lower))));
    }

    /// <summary>
    /// "a US policy or a UK one?": the only word the articles lack is one side of an "or", and the other side, a few
    /// words away, is a name they use.
    /// </summary>
    private static bool ChoiceWithOneRealOption(QuestionAnalysis q, CorpusKnowledge k)
    {
        var or = q.Words.ToList().FindIndex(w => w.Lower == "or");
        if (or < 0 || q.UnknownWords.Count != 1)
        {
            return false;
        }

        var absent = q.Words.ToList().IndexOf(q.UnknownWords[0]);
        bool Named(int i) => i >= 0 && i < q.Words.Count && i != or && k.Vocabulary.IsProperNoun(q.Words[i].Lower);
        var absentBefore = absent < or && or - absent <= 3;
        var absentAfter = absent > or && absent - or <= 3;
        // "halted or merely reduced?": two words side by side around "or", one of them the articles' own.
        bool Known(int i) => i >= 0 && i < q.Words.Count && q.KnownWords.Contains(q.Words[i]);
        var after = or + 1;
        while (after < q.Words.Count && q.Words[after].Lower is "merely" or "just" or "only" or "simply" or "fully" or "completely" or "partly" or "partially")
        {
            after++;
        }

        var sideBySide = (absent == after && Known(or - 1)) || (absent == or - 1 && Known(after));
        return sideBySide || (absentAfter && Enumerable.Range(or - 3, 3).Any(Named)) || (absentBefore && Enumerable.Range(or + 1, 3).Any(Named));
    }

    private static bool InTitleOfNamedPerson(QuestionAnalysis q, QuestionWord word)
    {
        var index = q.Words.ToList().IndexOf(word);
        return TitleBeforeName.NamedPeople(q.Actors).Any(a => (index >= TitleBeforeName.Start(q.Words, a) && index < a.TokenIndexes.Min())
                                                              || TitleBeforeName.After(q.Words, a).Contains(word));
    }

    /// <summary>
    /// "under what legal authority ...", "what evidence did they give?": the thing the question asks for — the noun
    /// phrase right after "what"/"which", at the start or after a preposition — ends in a noun the articles never use.
    /// </summary>
    private static string? AskedThingUnknown(QuestionAnalysis q)
    {
        var words = q.Words;
        for (var i = 0; i < words.Count - 1; i++)
        {
            var whats = words[i].Lower == "whats"; // "whats the population of ukraine"
            if ((words[i].Lower is not ("what" or "which") && !whats) || (i > 0 && !s_askingPrepositions.Contains(words[i - 1].Lower)) || (words[i].Original.Contains('\'') && !whats))
            {
                continue;
            }

            var phrase = new List<QuestionWord>();
            // "what are the terms of the proposal?": the noun after "what is/are the" is the thing asked for.
            if (whats && !(i + 4 < words.Count && words[i + 1].Lower == "the" && words[i + 3].Lower == "of"))
            {
                continue; // only "whats the <thing> of <something>": other "whats" questions are read as they stand
            }

            var first = whats ? i + 2
                : i + 3 < words.Count && words[i + 1].Lower is "is" or "are" or "was" or "were" or "s" && words[i + 2].Lower == "the" ? i + 3 : i + 1;
            for (var j = first; j < words.Count && phrase.Count < 3 && j <= first + 4; j++)
            {
                var lower = words[j].Lower;
                if (phrase.Count == 0 && (lower is "kind" or "kinds" or "sort" or "type" or "types" or "of" or "specific" or "particular" or "exact" or "single" or "one"))
                {
                    continue;
                }

                if (QuestionPatterns.PersonCategory().IsMatch(lower) || QuestionPatterns.PlaceCategory().IsMatch(lower) || QuestionPatterns.CategoryNoun().IsMatch(lower))
                {
                    return null; // "which foreign leader", "what government post": a person, place or kind is asked for, whatever the adjective
                }

                if (Bot.Core.Text.StopWords.IsStopWord(lower) || GenericWords.Contains(lower) || q.Actors.Any(a => a.TokenIndexes.Contains(j))
                    || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal)))
                {
                    break;
                }

                phrase.Add(words[j]);
            }

            // "under what legal authority", "what evidence": the head noun — the phrase's last word — is what is asked for.
            var head = phrase.LastOrDefault();
            if (head is not null && q.UnknownWords.Contains(head) && !QuestionPatterns.ReasonNoun().IsMatch(head.Lower) && !s_frameNouns.Contains(head.Lower))
            {
                return "what " + string.Join(' ', phrase.Select(w => w.Lower));
            }

            return null;
        }

        return null;
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
            var namesAnActor = q.Actors.Any(a => a.TokenIndexes.Contains(i) || a.TokenIndexes.Contains(i + 1));
            // "… Putin. In what connection …", "Kindly quote it": a capital that only starts a sentence names nothing.
            if (!namesAnActor && pair.All(w => w.IsCapitalized && !w.WasCorrected && !InTitleOfNamedPerson(q, w) && !Bot.Core.Text.StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower)) && (NameAfterTitle(q)?.Name.Contains(pair[0].Original, StringComparison.Ordinal) != true) && pair.Any(w => !k.Vocabulary.IsCapitalizedInCorpus(w.Lower)))
            {
                return $"{pair[0].Original} {pair[1].Original}";
            }
        }

        return null;
    }

    /// <summary>The subject of "what did X say / how did X react" when X is not someone the articles report on.</summary>
    private static string? ReactionSubject(QuestionAnalysis q, CorpusKnowledge k)
    {
        var text = q.LowerText;
        var match = SubjectOfReaction().Match(text);
        if (!match.Success || QuestionPatterns.RationaleDisclosureAsked().IsMatch(text))
        {
            return null;
        }

        var subject = match.Groups["subject"].Value;
        // "what did Ukrainian officials say?": officials the articles quote are not Ukrainian ones unless they say so.
        var qualified = QualifiedParty().Match(subject);
        if (qualified.Success && q.Actors.Any(a => a.Actor.Kind == ActorKind.Group && ActorLookup.IsNameWord(a.Actor, qualified.Groups["party"].Value))
            && !SentenceRanker.Rank(k, q.KnownWords.Where(w => w.Lower == qualified.Groups["nation"].Value).ToList(), []).Take(10)
                .Any(r => r.Sentence.Text.Contains(qualified.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return CasedAsTyped(q.Text, qualified.Value);
        }

        // "trump's softer stance on moscow": a phrase the articles use describes a policy; nobody named "softer" reacted.
        var phrase = string.Join(' ', text[match.Groups["subject"].Index..].Split(' ').Take(2));
        var phraseWords = q.KnownWords.Where(w => phrase.Split(' ').Contains(w.Lower)).ToList();
        if (phraseWords.Count > 0 && SentenceRanker.Rank(k, phraseWords, []).Take(10).Any(r => r.Sentence.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)))
        {
            return null; // the ranked sentences with its words are enough to look in: a large corpus is not scanned
        }

        var before = text[..match.Groups["subject"].Index].TrimEnd();
        var modifier = before.EndsWith(" his", StringComparison.Ordinal) || before.EndsWith(" her", StringComparison.Ordinal) || before.EndsWith(" their", StringComparison.Ordinal)
                       || before.EndsWith(" its", StringComparison.Ordinal);
        if (modifier || Pronouns().IsMatch(subject) || TextPart().IsMatch(subject) || ReferencesActor(q, match.Groups["subject"]) || subject.Split(' ').All(Bot.Core.Text.StopWords.IsStopWord))
        {
            return null;
        }

        // A proper noun ("russia", "the kremlin" aside) is named as such: "from Russia", not "from the russia".
        var capitalized = string.Join(' ', subject.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        if (subject.Split(' ').All(k.NameWords.Contains) || k.Corpus.Sentences.Any(s => System.Text.RegularExpressions.Regex.IsMatch(s.Text, $@"\b{System.Text.RegularExpressions.Regex.Escape(capitalized)}\b")))
        {
            return capitalized;
        }

        // "Did the Kremlin welcome it?": a name the user capitalised keeps its capitals.
        var named = CasedAsTyped(q.Text, subject);
        return named.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? named : "the " + named;
    }

    /// <summary>The words as the user cased them in the question, when they typed them with capitals.</summary>
    private static string CasedAsTyped(string question, string lower)
    {
        var typed = System.Text.RegularExpressions.Regex.Match(question, $@"\b{TypedPattern(lower)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return typed.Success && typed.Value.Any(char.IsUpper) ? typed.Value : lower;
    }

    /// <summary>The words of a name, matched however the user separated them ("state department", "State-Department").</summary>
    private static string TypedPattern(string lower) => string.Join(@"\W+", lower.Split(' ').Select(System.Text.RegularExpressions.Regex.Escape));

    /// <summary>True when the words of <paramref name="span"/> include one an actor reference was found at.</summary>
    private static bool ReferencesActor(QuestionAnalysis q, Group span)
    {
        var offset = 0;
        for (var i = 0; i < q.Words.Count; i++)
        {
            var start = offset;
            offset += q.Words[i].Lower.Length + 1;
            if (start >= span.Index && start < span.Index + span.Length
                && q.Actors.Any(a => a.TokenIndexes.Contains(i) || (a.Actor.Name + " " + a.Actor.ShortName).Contains(q.Words[i].Lower, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Did Russia launch a cyberattack after the halt?": a yes/no question about something a named party did, where
    /// no sentence has that party doing it (the party never appears before the verb or a synonym of it).
    /// </summary>
    private static AnswerDraft? UnreportedEvent(QuestionAnalysis q, CorpusKnowledge k)
    {
        var words = q.Words;
        if (ChoiceWithOneRealOption(q, k))
        {
            return null; // "halted or merely reduced?": the option the articles report answers it
        }

        // "is there a ceasefire deal signed?": a state of affairs whose verb the articles never use.
        // "is there a confirmed end date?" asks how long it lasts, which the duration rules answer.
        if (QuestionPatterns.ThereIs().IsMatch(q.LowerText) && q.UnknownWords.Any(w => w.Lower.Length > 4 && w.Lower.EndsWith("ed", StringComparison.Ordinal))
            && q.Kind != QuestionKind.HowLong && !q.LowerText.Contains("duration", StringComparison.Ordinal))
        {
            return AbstainWithContext(q, k, "The articles don't report that.");
        }

        var discrete = DiscreteEventVerb(q, k);
        if (discrete is not null)
        {
            return AbstainWithContext(q, k, "The articles don't report that.", q.Actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person)?.Actor);
        }

        var past = words.Count >= 3 && words[0].Lower is "did" or "has" or "have" or "had";
        var future = words.Count >= 3 && words[0].Lower is "will" or "would" or "could";
        if (!(past || future) || q.Premise is not null)
        {
            return null;
        }

        var subjectIndex = words[1].Lower == "the" ? 2 : 1;
        var subject = words[subjectIndex];
        if (subject.Original.EndsWith("'s", StringComparison.Ordinal) || subject.Original.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return null; // "did Trump's remarks signal ...": the subject is the remarks, not Trump
        }

        // "did Secretary Hegseth order it?": a title before a name is part of the subject, which is the person.
        var subjectReference = q.Actors.FirstOrDefault(a => a.TokenIndexes.Contains(subjectIndex))
                               ?? TitleBeforeName.NamedPeople(q.Actors).FirstOrDefault(a => TitleBeforeName.Start(words, a) == subjectIndex);
        if (subjectReference is not null && !subjectReference.TokenIndexes.Contains(subjectIndex))
        {
            subjectIndex = subjectReference.TokenIndexes.Max();
            subject = words[subjectIndex];
        }
        var subjectActor = subjectReference?.Actor.Kind == ActorKind.Person ? subjectReference.Actor : null;
        var isParty = subjectReference is null && k.Vocabulary.IsProperNoun(subject.Lower) && !GenericWords.Contains(subject.Lower);
        if ((subjectActor is null && !isParty) || (future && subjectActor is null))
        {
            return null; // "will Hegseth be fired?" is about a person; "will Ukraine lose help?" is about consequences
        }

        var predicate = words.Skip(subjectIndex + 1)
            .Where((w, i) => !Bot.Core.Text.StopWords.IsStopWord(w.Lower) && !GenericWords.Contains(w.Lower) && q.Actors.All(a => !a.TokenIndexes.Contains(subjectIndex + 1 + i))
                             && !InTitleOfNamedPerson(q, w))
            .ToList();
        // Questions about what was said or known are answered (or declined) by the reaction and unknowns rules.
        var text = q.LowerText.Replace("in response", "", StringComparison.Ordinal).Replace("in return", "", StringComparison.Ordinal);
        if (predicate.Count == 0 || QuestionPatterns.StanceVerb().IsMatch(text) || QuestionPatterns.Reaction().IsMatch(text)
            || QuestionPatterns.Communication().IsMatch(text) || QuestionPatterns.Why().IsMatch(text))
        {
            return null;
        }

        // "did Zelensky apologize?", "will Hegseth be fired?": the articles never use the word at all.
        if (predicate.Any(w => w.Lower.Length > 2 && !w.Lower.EndsWith("ly", StringComparison.Ordinal) && !k.Vocabulary.CoversStem(w.Stem) && !k.Vocabulary.IsInCorpus(w.Lower)))
        {
            return AbstainWithContext(q, k, "The articles don't report that.", subjectActor);
        }

        if (future)
        {
            return null; // a question about what will happen is answered (or declined) by the duration and time rules
        }

        var verb = predicate[0];
        var verbStems = Bot.Retrieval.SynonymTable.WithSynonyms([verb.Stem]);
        var candidates = SentenceRanker.Rank(k, [subject, verb], subjectActor is null ? [] : [subjectActor]).Select(r => r.Sentence);
        var reported = subjectActor is not null
            ? candidates.Any(c => MentionsActor(k, c.Id, subjectActor) && k.StemsOf(c).Any(verbStems.Contains))
            : candidates.Any(c => PartyDoesIt(c, subject.Stem, verbStems));
        return reported ? null : AbstainWithContext(q, k, "The articles don't report that.", subjectActor);
    }

    private static readonly HashSet<string> s_partyPrepositions = new(StringComparer.Ordinal) { "with", "to", "by", "from", "against" };

    /// <summary>
    /// "is Trump planning a sit-down with Xi?": everything but the party matches one sentence, which names someone
    /// else in that place ("a meeting with President Vladimir Putin"). The answer is that sentence: the articles
    /// report the event, with another party.
    /// </summary>
    private static AnswerDraft? OtherPartyInTheEvent(QuestionAnalysis q, CorpusKnowledge k)
    {
        var words = q.Words;
        if (!YesNoOrTrue().IsMatch(q.LowerText) || q.UnknownWords.Count == 0)
        {
            return null;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!s_partyPrepositions.Contains(words[i].Lower))
            {
                continue;
            }

            var party = words.Skip(i + 1).TakeWhile(w => q.UnknownWords.Contains(w)).ToList();
            var afterParty = i + 1 + party.Count;
            if (party.Count == 0 || party.Count > 3 || afterParty < words.Count && !Bot.Core.Text.StopWords.IsStopWord(words[afterParty].Lower))
            {
                continue;
            }

            var rest = q.KnownWords.Where(w => !GenericWords.Contains(w.Lower)).ToList();
            if (rest.Count < 2 || q.UnknownWords.Except(party).Any())
            {
                return null;
            }

            var best = SentenceRanker.Rank(k, rest, ActorsOf(q)).FirstOrDefault();
            var preposition = words[i].Lower;
            var named = best is null || best.Coverage < 0.99 ? null : NameAfter(k, best.Sentence, preposition);
            if (named is null || q.Actors.Any(a => a.Actor.Id == named.Id))
            {
                return null;
            }

            var asked = string.Join(' ', party.Select(w => w.Original));
            return new AnswerDraft([AnswerPart.Plain($"The articles don't mention {asked}; they name {named.Name} there:"), AnswerPart.Quote(best!.Sentence)], Abstained: false);
        }

        return null;
    }

    /// <summary>
    /// "was it the UK that paused cyber ops against Russia?": the rest of the question is one reported sentence, which
    /// names someone else as the one who did it.
    /// </summary>
    private static AnswerDraft? SomeoneElseDidIt(QuestionAnalysis q, CorpusKnowledge k)
    {
        var cleft = QuestionPatterns.Cleft().Match(q.LowerText);
        if (!cleft.Success)
        {
            return null;
        }

        var party = cleft.Groups["party"].Value.Split(' ');
        if (!party.Any(p => q.UnknownWords.Any(w => w.Lower == p)))
        {
            return null;
        }

        var rest = q.KnownWords.Where(w => !party.Contains(w.Lower) && !GenericWords.Contains(w.Lower)).ToList();
        // The cleft itself says what was done, so most of its words in one sentence is enough.
        var best = rest.Count < 2 ? null : SentenceRanker.Rank(k, rest, []).FirstOrDefault();
        if (best is null || best.Coverage < 0.6)
        {
            return null;
        }

        return new AnswerDraft([AnswerPart.Plain($"The articles don't say that of {cleft.Groups["party"].Value}. What they report is this:"), AnswerPart.Quote(best.Sentence)], Abstained: false);
    }

    /// <summary>
    /// "who exactly criticized the administration for aligning with Russia?": the articles report that criticism
    /// without saying who made it, so naming other critics would answer a different question.
    /// </summary>
    private static AnswerDraft? UnnamedCritic(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (!WhoExactlyCriticized().IsMatch(q.LowerText))
        {
            return null;
        }

        var topic = ClaimWords(q, null, w => QuestionPatterns.StanceVerb().IsMatch(w.Lower) || q.Actors.Any(a => IsActorWord(w, a.Actor)));
        var critical = k.Story.Reactions.Where(r => r.Stance == Stance.Critical).ToList();
        var best = topic.Count < 2 ? null : SentenceRanker.Rank(k, topic, []).FirstOrDefault(r => r.Coverage >= 0.6 && critical.Any(c => c.Evidence.SentenceId == r.Sentence.Id));
        if (best is null || critical.Where(c => c.Evidence.SentenceId == best.Sentence.Id).Any(c => c.ActorId != Story.CriticsActorId))
        {
            return null;
        }

        return new AnswerDraft([AnswerPart.Plain("The articles don't say who made that criticism; they report only:"), AnswerPart.Quote(best.Sentence)], Abstained: true);
    }

    /// <summary>
    /// "did the Republicans call it strategically flawed?": a group the articles never mention, saying what the
    /// articles report from someone else. The answer names who said it.
    /// </summary>
    private static AnswerDraft? SaidByAnotherGroup(QuestionAnalysis q, CorpusKnowledge k)
    {
        var absent = QuestionPatterns.AbsentGroupSubject().Match(q.LowerText);
        var group = absent.Groups["group"].Value;
        if (!absent.Success || k.Vocabulary.CoversStem(Bot.Core.Text.WordStemmer.Stem(group)) || k.Vocabulary.IsInCorpus(group))
        {
            return null;
        }

        var rest = ClaimWords(q, null, w => QuestionPatterns.StanceVerb().IsMatch(w.Lower));
        var best = rest.Count < 2 ? null : SentenceRanker.Rank(k, rest, []).FirstOrDefault();
        if (best is null || best.Coverage < 0.99)
        {
            return null;
        }

        var speaker = k.Story.ReactionsIn(best.Sentence.Id).Select(r => k.Story.FindActor(r.ActorId)).OfType<Actor>().FirstOrDefault();
        return speaker is null
            ? null
            : new AnswerDraft([AnswerPart.Plain(AnswerText.SaidByOther(q.LowerText[absent.Groups["group"].Index..(absent.Index + absent.Length)], speaker)), AnswerPart.Quote(best.Sentence)], Abstained: false);
    }

    /// <summary>
    /// "has Trump already met Putin?": a meeting the articles report only as planned has not happened as far as
    /// they say — that is the answer, not an abstention.
    /// </summary>
    private static AnswerDraft? MeetingNotYetHeld(QuestionAnalysis q, CorpusKnowledge k)
    {
        if (!QuestionPatterns.MetYet().IsMatch(q.LowerText) || q.Actors.Count == 0)
        {
            return null;
        }

        var about = OnlyPlanned(q, k, "meet");
        if (about is null)
        {
            return null;
        }

        return new AnswerDraft([AnswerPart.Plain("Not as far as the articles report: they describe that meeting as planned, not yet held."), AnswerPart.Quote(about[0])], Abstained: false);
    }

    /// <summary>The person named within a few words (a title's length) after the preposition in the sentence ("with President Vladimir Putin").</summary>
    private static Actor? NameAfter(CorpusKnowledge k, Sentence sentence, string preposition)
    {
        var tokens = Bot.Core.Text.Tokenizer.Tokenize(sentence.Text);
        var mentions = k.Story.MentionsIn(sentence.Id);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower != preposition)
            {
                continue;
            }

            var person = mentions.Where(m => m.TokenIndex > i && m.TokenIndex <= i + 6)
                .Select(m => k.Story.FindActor(m.ActorId))
                .FirstOrDefault(a => a is { Kind: ActorKind.Person });
            if (person is not null)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// "how did Waltz respond to Schumer's criticism?", "did Trump tell Hegseth to issue it?", "did Hegseth check with
    /// Waltz?": a reply or a direct dealing between two actors, which the articles only report if some sentence has both
    /// of them. The first one's own remarks are given as context.
    /// </summary>
    private static AnswerDraft? UnreportedExchange(QuestionAnalysis q, CorpusKnowledge k)
    {
        var reply = QuestionPatterns.ReplyTo().Match(q.LowerText);
        var exchange = reply.Success ? reply : QuestionPatterns.DealtWith().Match(q.LowerText);
        if (!exchange.Success || q.Actors.Count < 2)
        {
            return null;
        }

        var wordAtStart = q.LowerText[..exchange.Index].Count(c => c == ' ');
        var wordAtEnd = q.LowerText[..(exchange.Index + exchange.Length)].Count(c => c == ' ');
        var responder = q.Actors.FirstOrDefault(a => a.TokenIndex < wordAtStart)?.Actor;
        // "what does Schumer think of it, and did Waltz weigh in?": the addressee is right after "think of", not anyone later.
        // "did Trump tell Hegseth": one dealt with directly is the verb's object, right after it ("did Hegseth order it or Trump" is a choice).
        var reach = reply.Success ? 3 : 1;
        var addressee = q.Actors.FirstOrDefault(a => a.TokenIndex > wordAtStart && a.TokenIndex <= wordAtEnd + reach && a.Actor != responder && a.Actor.Kind == ActorKind.Person)?.Actor;
        if (responder is null || addressee is null || responder.MemberIds.Contains(addressee.Id) || addressee.MemberIds.Contains(responder.Id))
        {
            return null;
        }

        if (reply.Success && k.Story.PrimaryDecision is { } decision && k.Story.ReactionsBy(responder.Id).Any()
            && (decision.AgentActorIds.Contains(addressee.Id) || MentionsActor(k, decision.Evidence.SentenceId, addressee)))
        {
            return null; // "how did Schumer react to Hegseth's order?": reacting to the decision is reacting to the one who made it
        }

        if (!reply.Success && k.Story.ReactionsBy(responder.Id).Any(r => r.Stance == Stance.Critical) && QuestionPatterns.OrderingVerb().IsMatch(exchange.Value))
        {
            return null; // "Schumer ordered Hegseth to stand down?": a critic of the decision cast as its author is corrected, not left open
        }

        if (k.Corpus.Sentences.Any(s => MentionsActor(k, s.Id, responder) && MentionsActor(k, s.Id, addressee)))
        {
            return null;
        }

        var note = reply.Success
            ? $"The articles don't report anything {responder.Name} said about or in response to {addressee.Name}."
            : $"The articles don't report {responder.Name} dealing directly with {addressee.Name}.";

        // What the first one is reported saying is the closest the articles come to a reply.
        return k.PositionSentences(responder.Id).FirstOrDefault() is { } position
            ? new AnswerDraft([AnswerPart.Plain($"{note} What they report from {responder.Name}:"), AnswerPart.Quote(position)], Abstained: true)
            : AbstainWithContext(q, k, note, responder);
    }

    /// <summary>
    /// The sentences about the event (by its stem) that name the question's least mentioned person, when there are
    /// some and every one frames the event as still to come; otherwise null.
    /// </summary>
    private static List<Sentence>? OnlyPlanned(QuestionAnalysis q, CorpusKnowledge k, string eventStem)
    {
        // "the Trump-Putin meeting": Putin, named in fewer sentences, is what tells this meeting from the others.
        var fewest = q.Actors.Min(a => a.Actor.SentenceIds.Count);
        var people = q.Actors.Select(a => a.Actor).Where(a => a.SentenceIds.Count == fewest).ToList();
        var about = k.Corpus.Sentences.Where(s => k.StemsOf(s).Contains(eventStem) && people.Any(p => MentionsActor(k, s.Id, p))).ToList();
        return about.Count > 0 && about.All(s => QuestionPatterns.PlannedEvent().IsMatch(s.Text)) ? about : null;
    }

    /// <summary>
    /// "what was the outcome of the Trump-Putin meeting?": the articles report that event only as planned, so
    /// nothing about how it went can be answered. The sentences about the event that name the question's least
    /// mentioned person decide; a meeting that did take place ("a recent White House meeting") is answered.
    /// </summary>
    private static AnswerDraft? PlannedEventOutcome(QuestionAnalysis q, CorpusKnowledge k)
    {
        var text = q.LowerText;
        var eventNoun = QuestionPatterns.EventNoun().Match(text);
        if (!eventNoun.Success || !QuestionPatterns.OutcomeAsked().IsMatch(text) || q.Actors.Count == 0)
        {
            return null;
        }

        var eventWord = eventNoun.Groups["event"].Value;
        var about = OnlyPlanned(q, k, eventWord is "summit" ? "meet" : Bot.Core.Text.WordStemmer.Stem(eventWord));
        if (about is null)
        {
            return null;
        }

        return new AnswerDraft(
            [AnswerPart.Plain($"The articles only report that {eventNoun.Groups["event"].Value} as planned; they don't say how it went or what came of it."), .. about.Take(1).Select(AnswerPart.Quote)],
            Abstained: true);
    }

    /// <summary>
    /// "why did Waltz resign?", "who will win the war?", "did Ukraine ask the US to keep going?": a question about an
    /// event that is a distinct act in its own right — resigning, winning, signing, asking — when the articles never
    /// use that verb or a synonym. Paraphrases of what they do report ("greenlight", "flip on") are not such acts.
    /// </summary>
    private static QuestionWord? DiscreteEventVerb(QuestionAnalysis q, CorpusKnowledge k)
    {
        var text = q.LowerText;
        if (!QuestionPatterns.AsksAboutAnEvent().IsMatch(text) || QuestionPatterns.Choice().IsMatch(text))
        {
            return null;
        }

        var agreedTo = QuestionPatterns.AgreedTo().IsMatch(text);
        return q.UnknownWords.FirstOrDefault(w => (QuestionPatterns.DiscreteAct().IsMatch(w.Lower) || (agreedTo && w.Lower.StartsWith("agree", StringComparison.Ordinal)))
                                                  && !k.Vocabulary.CoversStem(w.Stem));
    }

    /// <summary>The party is followed, in the same clause, by the verb or a synonym: "Russia to continue cyber assaults".</summary>
    private static bool PartyDoesIt(Sentence sentence, string partyStem, HashSet<string> verbStems)
    {
        var partyStems = Bot.Retrieval.SynonymTable.WithSynonyms([partyStem]);
        var tokens = Bot.Core.Text.Tokenizer.Tokenize(sentence.Text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!partyStems.Contains(Bot.Core.Text.WordStemmer.Stem(tokens[i].Lower)))
            {
                continue;
            }

            for (var j = i + 1; j < tokens.Count && j <= i + 4; j++)
            {
                var between = sentence.Text[(tokens[j - 1].Start + tokens[j - 1].Length)..tokens[j].Start];
                if (between.IndexOfAny([',', ';', ':']) >= 0)
                {
                    break;
                }

                if (verbStems.Contains(Bot.Core.Text.WordStemmer.Stem(tokens[j].Lower)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A question that presumes the main decision was reversed ("why did they resume the attacks?") when the
    /// articles report no reversal: say so, and cite what they do report.
    /// </summary>
    private static AnswerDraft? Reversal(QuestionAnalysis q, CorpusKnowledge k)
    {
        var text = q.LowerText;
        var decision = k.Story.PrimaryDecision;
        // "has the halt been lifted?": undoing the halt itself; "why did they resume?": restarting what was halted.
        var undoesHalt = QuestionPatterns.UndoHalt().IsMatch(text) && QuestionPatterns.HaltWord().IsMatch(text);
        if (decision is null || q.Kind is QuestionKind.HowLong || !(undoesHalt || (QuestionPatterns.Reversal().IsMatch(text) && !QuestionPatterns.HaltWord().IsMatch(text))))
        {
            return null;
        }

        // "are Democrats planning legislation to restart them?": a plan by critics is not the decision being reversed.
        if (q.Actors.Count > 0 && q.Actors.All(a => !decision.AgentActorIds.Contains(a.Actor.Id)) && k.Story.Reactions.Any(r => q.Actors.Any(a => a.Actor.Id == r.ActorId) && r.Stance is Stance.Critical or Stance.Concerned))
        {
            return null;
        }

        var asked = undoesHalt ? QuestionPatterns.UndoHalt() : QuestionPatterns.Reversal();
        var reported = k.Corpus.Sentences.Any(s => asked.IsMatch(s.Text) && decision.AgentEvidence.Any(e => e.SentenceId == s.Id));
        if (reported)
        {
            return null;
        }

        var lead = k.Corpus.FindSentence(decision.Evidence.SentenceId)!;
        // "did they ramp up the attacks?" is answered — no, the opposite; "why did they resume?" presumes what is not reported.
        var askedAsYesNo = YesNoOrTrue().IsMatch(text) || !OpensWithQuestionWord().IsMatch(text); // "so the US ramped up the attacks?"
        if (askedAsYesNo && !undoesHalt && !QuestionPatterns.Communication().IsMatch(text))
        {
            return new AnswerDraft([AnswerPart.Plain("No. The articles report the opposite:"), AnswerPart.Quote(lead)], Abstained: false);
        }

        // "why did they ramp up the attacks?" is answered by the correction: the articles report a halt, not an escalation.
        // "why did they resume?" asks about a restart the articles never report, so the question itself goes unanswered.
        var escalation = !undoesHalt && Escalation().IsMatch(text) && !QuestionPatterns.Communication().IsMatch(text);
        return new AnswerDraft([AnswerPart.Plain("The articles don't report that. What they report is the opposite:"), AnswerPart.Quote(lead)], Abstained: !escalation);
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

    /// <summary>"who is on record by name reacting?", "which people are named?": the story's own people, not an unnamed kind.</summary>
    private static bool PeopleOfTheStoryAsked(string lower) =>
        PeopleAsked().IsMatch(lower) && SaidOrNamed().IsMatch(lower);

    /// <summary>
    /// "did hegseth explain it at a press conference?", "what did trump say when reporters asked?", "the terms of the
    /// peace deal", "who carried out the order?": a setting, detail or step the articles never report.
    /// </summary>
    private static string? UnreportedSetting(QuestionAnalysis q, CorpusKnowledge k)
    {
        var text = q.LowerText;
        var venue = UnreportedVenue().Match(text);
        if (venue.Success && !k.Vocabulary.IsInCorpus(venue.Groups["venue"].Value.Split(' ')[^1]))
        {
            return "a " + venue.Groups["venue"].Value;
        }

        if (WhenReportersAsked().IsMatch(text) && !k.Vocabulary.IsInCorpus("reporters"))
        {
            return "reporters asking about it";
        }

        // "did the halt also affect intelligence sharing?": something besides the decision, never mentioned.
        var scope = AlsoAffected().Match(text);
        if (scope.Success && scope.Groups["object"].Value.Split(' ') is var objectWords
            && objectWords.All(w => !Bot.Core.Text.StopWords.IsStopWord(w) && !GenericWords.Contains(w))
            && objectWords.Any(w => !k.Vocabulary.IsInCorpus(w) && !k.Vocabulary.CoversStem(Bot.Core.Text.WordStemmer.Stem(w))))
        {
            return scope.Groups["object"].Value;
        }

        var terms = TermsOfADeal().Match(text);
        if (terms.Success && !k.Vocabulary.IsInCorpus(terms.Groups["thing"].Value))
        {
            return "the terms of any " + terms.Groups["thing"].Value;
        }

        // "was Hegseth fired over this?", "did he give an interview?", "which outlet broke the story?": developments the
        // articles would have to report outright.
        var development = Development().Match(text);
        if (development.Success && NoSentenceMatches(k, Development()))
        {
            return "anything about \u201C" + development.Value + "\u201D";
        }

        var executor = WhoCarriedOut().Match(text);
        if (executor.Success && !k.Vocabulary.IsInCorpus(executor.Groups["verb"].Value.Split(' ')[0]))
        {
            return "who " + executor.Groups["verb"].Value + " the order";
        }

        return null;
    }

    [GeneratedRegex(@"\b(fired|sacked|disciplined|reprimanded|resign(ed|s|ation)?|replaced|replacement|impeach\w*|sued|lawsuits?|indicted|interview(ed|s)?|press\s+conference|testif(y|ied|ies)|testimony|petition|(signed|sent|wrote)\s+a\s+letter|broke\s+the\s+(story|news)|scoop|first\s+reported|tweeted|posted\s+on)\b")]
    private static partial Regex Development();

    [GeneratedRegex(@"^(?=.*\b(also|too|as\s+well|either)\b)(\w+\s+){0,2}(did|does|has|have|is|was|were|are|will)\s+.*?\b(pause|paused|halt|halted|stop|stopped|suspend|suspended|freeze|froze|affect|affected|cover|covers|include|includes|extend|extends|apply|applies)\s+(to\s+)?(the\s+|its\s+|any\s+|usa\s+)?(?<object>(?!also\b|too\b)[a-z]+\s+[a-z]+)\b")]
    private static partial Regex AlsoAffected();

    [GeneratedRegex(@"\b(at|in|during|on|via)\s+(a|an|the|his|her|their)?\s*(?<venue>press\s+conference|news\s+conference|press\s+briefing|briefing|interview|tv|television|twitter|social\s+media|truth\s+social|podcast|speech|rally|hearing)\b")]
    private static partial Regex UnreportedVenue();

    [GeneratedRegex(@"^(\w+\s+){0,2}who\s+(exactly|specifically|actually|precisely)\s+(criticiz|criticis|slamm|blast|attack|accus|fault|condemn)\w*\b")]
    private static partial Regex WhoExactlyCriticized();

    [GeneratedRegex(@"^(who|whom)\b|\b(which|what)\s+(people|persons|individuals|figures|politicians)\b")]
    private static partial Regex PeopleAsked();

    [GeneratedRegex(@"\b(react\w*|respond\w*|comment\w*|critici\w*|said|say|says|quoted|on\s+record|article|story|piece|named|mentioned)\b")]
    private static partial Regex SaidOrNamed();

    [GeneratedRegex(@"\bwhen\s+(reporters|journalists|the\s+press|the\s+media)\s+(asked|questioned|pressed)\b")]
    private static partial Regex WhenReportersAsked();

    [GeneratedRegex(@"\b(terms|conditions|provisions|details)\s+of\s+(the\s+|a\s+|any\s+)?(\w+\s+)?(?<thing>deal|agreement|treaty|accord|settlement)\b")]
    private static partial Regex TermsOfADeal();

    [GeneratedRegex(@"\bwho\s+(\w+\s+){0,4}(?<verb>carried\s+out|carries\s+out|carry\s+out|implemented|implements|implement|executed|executes|enforced|enforces)\b")]
    private static partial Regex WhoCarriedOut();

    /// <summary>Doing more of what was halted — the opposite direction, not a restart.</summary>
    [GeneratedRegex(@"\b(" + QuestionPatterns.EscalationWords + @"|intensif\w*|boost\w*)\b")]
    private static partial Regex Escalation();

    [GeneratedRegex(@"^(which|what)\s+(groups|organi[sz]ations|parties|camps|sides|factions)\b")]
    private static partial Regex PartyNoun();

    /// <summary>A party qualified by a nationality: "ukrainian officials", "european leaders" (not "american").</summary>
    [GeneratedRegex(@"\b(?<nation>(?!american\b)[a-z]+(ian|ese|ish|ean))\s+(?<party>officials|leaders|experts|diplomats|lawmakers|analysts|sources|critics|politicians)\b")]
    private static partial Regex QualifiedParty();

    /// <summary>What a full question starts with; a keyword query has none of these.</summary>
    [GeneratedRegex(@"^(who|what|whats|why|when|where|which|how|whose|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|tell|give|explain|list|show|summari[sz]e|describe|any|so|and|but|wait|ok|okay)\b")]
    private static partial Regex KeywordQueryOpener();

    [GeneratedRegex(@"^what\s+(exactly\s+)?(was|got|has\s+been)\s+(halted|paused|stopped|suspended|frozen)\b.*\bor\s+(something\s+else|what)\b")]
    private static partial Regex HaltedThingWithGuesses();

    [GeneratedRegex(@"^who\b.*\b(was|is)\s+(it|that|this)\s+(\w+\s+){1,4}or\s+(someone|somebody|some|another|an?|the|\w+)\b")]
    private static partial Regex DeciderWithGuesses();
}
