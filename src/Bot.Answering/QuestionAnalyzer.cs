using Bot.Core.Text;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>
/// Turns a user's question into a <see cref="QuestionAnalysis"/>: corrects spelling against the corpus,
/// finds the actors it names or implies, sorts its topic words into known and unknown, and decides its kind.
/// </summary>
public static class QuestionAnalyzer
{
    public static QuestionAnalysis Analyze(GuardedQuestion guarded, CorpusKnowledge knowledge, Conversation? conversation)
    {
        var words = PhraseNormalizer.Apply(ToWords(guarded.Question.Replace("%", " percent ", StringComparison.Ordinal), knowledge.Vocabulary, knowledge.NameWords));
        var text = string.Join(' ', words.Select(w => w.Lower));
        var actors = knowledge.Actors.Find(words);
        var actorWordIndexes = ActorWordIndexes(words, actors);
        var (known, unknown) = SortTopicWords(words, actorWordIndexes, knowledge.Vocabulary);

        var implied = actors.Any(a => a.Actor.Kind == ActorKind.Person) || !QuestionPatterns.PersonPronoun().IsMatch(text)
            ? null
            : conversation?.LastActor ?? knowledge.Story.PrimaryActor;

        Premise? premise = null;
        if (guarded.Premise is { } premiseText)
        {
            var premiseWords = PhraseNormalizer.Apply(ToWords(premiseText, knowledge.Vocabulary, knowledge.NameWords));
            premise = new Premise(premiseWords, knowledge.Actors.Find(premiseWords));
            if (implied is not null && premise.Actors.Count > 0)
            {
                implied = premise.Actors[0].Actor; // "given that Schumer praised it, what did he praise?" — "he" is Schumer.
            }
        }

        var reacting = knowledge.Story.ReactingActorIds;
        var kind = DecideKind(text, words, actors, known, unknown, implied, guarded, reacting, knowledge.HeadlineStems);
        if (kind == QuestionKind.Reaction && AttributedTo(words, actors) is { } source && !ReferenceEquals(source, actors[0]))
        {
            actors = [source, .. actors.Where(a => !ReferenceEquals(a, source))]; // "hegseth's directive, per the officials": the officials' account
        }

        return new QuestionAnalysis(guarded.Question, kind, words)
        {
            Actors = actors,
            ImpliedActor = implied,
            KnownWords = known,
            UnknownWords = unknown,
            AsksExactTime = QuestionPatterns.ExactTime().IsMatch(text),
            Premise = premise,
            HadInstructions = guarded.HadInstructions,
            AsksForOpinion = guarded.AsksForOpinion,
        };
    }

    public static List<QuestionWord> ToWords(string text, Vocabulary vocabulary, IReadOnlySet<string>? names = null)
    {
        var words = new List<QuestionWord>();
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "heg seth": a name heard and typed as two words.
            if (names is not null && i + 1 < tokens.Count && names.Contains(token.Lower + tokens[i + 1].Lower) && !names.Contains(token.Lower))
            {
                var joined = token.Lower + tokens[i + 1].Lower;
                words.Add(new QuestionWord(token.Original + tokens[i + 1].Original, joined, WordStemmer.Stem(joined), WasCorrected: true));
                i++;
                continue;
            }

            var lower = CommonTypos.Fix(token.Lower);
            var corrected = lower != token.Lower;
            var american = Spelling.Americanize(lower, w => vocabulary.ContainsStem(WordStemmer.Stem(w)));
            if (american is not null)
            {
                lower = american;
                corrected = true;
            }
            else if (!StopWords.IsStopWord(lower) && !GenericWords.Contains(lower) && !IsAcronym(token.Original) && !OrganizationAcronyms.Contains(lower) && !vocabulary.ContainsWord(lower) && !vocabulary.CoversStem(WordStemmer.Stem(lower)))
            {
                var fix = vocabulary.Correct(lower, names);
                if (fix is not null)
                {
                    lower = fix;
                    corrected = true;
                }
            }

            words.Add(new QuestionWord(token.Original, lower, WordStemmer.Stem(lower), corrected));
        }

        return words;
    }

    /// <summary>"who are the experts?" asks for the group's names; "who are the targets the experts mention?" does not.</summary>
    private static bool AsksNamesOf(string text, ActorReference group)
    {
        var asks = QuestionPatterns.AsksNames().Match(text);
        if (!asks.Success)
        {
            return false;
        }

        // "who are the experts?", "names of the experts": the group is what is named. "name the three things experts
        // fear" names something else, which the group only qualifies.
        var next = text[..Math.Min(text.Length, asks.Index + asks.Length + 1)].Count(c => c == ' ');
        var reach = asks.Value.StartsWith("who", StringComparison.Ordinal) ? 1 : 3;
        return Enumerable.Range(next - 1, reach + 2).Any(group.TokenIndexes.Contains);
    }

    /// <summary>"NATO", "CIA": typed in capitals on purpose, so never a misspelling of a corpus word ("nat").</summary>
    private static bool IsAcronym(string original) => original.Length >= 2 && original.All(char.IsAsciiLetterUpper);

    private static HashSet<int> ActorWordIndexes(List<QuestionWord> words, IReadOnlyList<ActorReference> actors)
    {
        var indexes = new HashSet<int>();
        foreach (var reference in actors)
        {
            indexes.UnionWith(reference.TokenIndexes);
            var nameWords = (reference.Actor.Name + " " + reference.Actor.Role).ToLowerInvariant();
            for (var i = 0; i < words.Count; i++)
            {
                if (nameWords.Contains(words[i].Lower, StringComparison.Ordinal) && words[i].Lower.Length > 2)
                {
                    indexes.Add(i);
                }
            }
        }

        return indexes;
    }

    /// <summary>"which agency head", "what department's boss": the organisation word only qualifies the person asked for.</summary>
    private static bool QualifiesPersonAsked(List<QuestionWord> words, int i) =>
        QuestionPatterns.CategoryNoun().IsMatch(words[i].Lower) && QuestionPatterns.QualifiesPerson(words, i)
        && i > 0 && words[i - 1].Lower is "which" or "what" or "whose";

    private static (List<QuestionWord> Known, List<QuestionWord> Unknown) SortTopicWords(
        List<QuestionWord> words, HashSet<int> actorWordIndexes, Vocabulary vocabulary)
    {
        var known = new List<QuestionWord>();
        var unknown = new List<QuestionWord>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (StopWords.IsStopWord(word.Lower) || GenericWords.Contains(word.Lower) || word.Lower.Length < 2
                || QuestionPatterns.PersonCategory().IsMatch(word.Lower) || QuestionPatterns.PlaceCategory().IsMatch(word.Lower)
                || QualifiesPersonAsked(words, i))
            {
                continue;
            }

            if (actorWordIndexes.Contains(i) || vocabulary.CoversStem(word.Stem) || vocabulary.IsInCorpus(word.Lower))
            {
                known.Add(word);
            }
            else
            {
                unknown.Add(word);
            }
        }

        return (known, unknown);
    }

    /// <summary>
    /// True when an actor is the one reacting: named before the reaction word ("what did schumer say") or after
    /// "from/by" ("any reaction from schumer") — not "a reaction to the zelensky fight".
    /// </summary>
    private static bool ActorBeforeReaction(List<QuestionWord> words, IReadOnlyList<ActorReference> actors)
    {
        var verb = words.FindLastIndex(w => QuestionPatterns.Reaction().IsMatch(w.Lower));
        if (verb < 0)
        {
            return actors.Count > 0;
        }

        // "what argument did the Democratic leadership advance?": the actor after "did" is who made the argument.
        var aux = words.FindIndex(w => w.Lower is "did" or "do" or "does" or "has" or "have" or "had");
        if (words.Count > 0 && words[0].Lower == "what" && aux > verb && actors.Any(a => a.TokenIndex > aux && a.TokenIndex <= aux + 3))
        {
            return true;
        }

        return actors.Any(a => a.TokenIndex < verb || (a.TokenIndex > 0 && words[a.TokenIndex - 1].Lower is "from" or "by" or "of" or "inside" or "within" or "among" or "in")
                               || Enumerable.Range(Math.Max(0, a.TokenIndex - 3), Math.Min(a.TokenIndex, 3)).Any(i => words[i].Lower is "inside" or "within" or "among" or "across")
                               || (a.TokenIndex > 1 && words[a.TokenIndex - 1].Lower == "the" && words[a.TokenIndex - 2].Lower is "inside" or "within" or "among" or "in" or "from")
                               || words[a.TokenIndex].Original.EndsWith("'s", StringComparison.Ordinal) || words[a.TokenIndex].Original.EndsWith("\u2019s", StringComparison.Ordinal));
    }

    /// <summary>The actor in "according to X" / "per X", wherever it stands in the question.</summary>
    private static ActorReference? AttributedTo(List<QuestionWord> words, IReadOnlyList<ActorReference> actors)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var lead = words[i].Lower == "according" && i + 1 < words.Count && words[i + 1].Lower == "to" ? i + 2 : words[i].Lower == "per" ? i + 1 : -1;
            if (lead < 0)
            {
                continue;
            }

            if (lead < words.Count && words[lead].Lower == "the")
            {
                lead++;
            }

            var actor = actors.FirstOrDefault(a => a.TokenIndexes.Contains(lead));
            if (actor is not null)
            {
                return actor;
            }
        }

        return null;
    }

    private static readonly HashSet<string> s_gistFrames = new(StringComparer.Ordinal) { "claim", "claims", "message", "point", "gist", "takeaway", "thrust", "news" };

    private static QuestionKind DecideKind(
        string text,
        List<QuestionWord> words,
        IReadOnlyList<ActorReference> actors,
        List<QuestionWord> known,
        List<QuestionWord> unknown,
        Actor? implied,
        GuardedQuestion guarded,
        IReadOnlySet<string> reactingActorIds,
        IReadOnlySet<string> headlineStems)
    {
        if (words.Count == 0)
        {
            return guarded.Premise is null ? QuestionKind.OutOfScope : QuestionKind.General;
        }

        var actorWords = known.Count(k => actors.Any(a => ActorLookup.IsNameWord(a.Actor, k.Lower)));
        var topicWords = known.Count - actorWords;

        var summary = QuestionPatterns.Summary().Match(text);
        // "what's the headline claim?": words that only frame the request for the gist are not a topic either.
        var topicOutsideSummary = known.Where(k => !summary.Value.Contains(k.Lower, StringComparison.Ordinal) && !headlineStems.Contains(k.Stem) && !s_gistFrames.Contains(k.Lower)).ToList();
        // "tldr for my boss": who the summary is for is not a topic.
        var audience = QuestionPatterns.Audience().Match(text);
        if (summary.Success && actors.Count == 0 && System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(reactions?|responses?)\b"))
        {
            return QuestionKind.WhoReacted; // "tl;dr of the reactions"
        }

        // "tldr of this article? too lazy to read lol": a remark on why the summary is wanted is not a topic either.
        var remark = QuestionPatterns.SummaryRemark().Match(text);
        if (summary.Success && actors.Count == 0 && topicOutsideSummary.Count == 0
            && unknown.All(u => summary.Value.Contains(u.Lower, StringComparison.Ordinal) || (audience.Success && audience.Value.Contains(u.Lower, StringComparison.Ordinal))
                                || (remark.Success && remark.Value.Contains(u.Lower, StringComparison.Ordinal))))
        {
            return QuestionKind.Summary;
        }

        if (QuestionPatterns.Significance().IsMatch(text) && actors.Count == 0 && topicWords == 0)
        {
            return QuestionKind.WhoReacted;
        }

        if (QuestionPatterns.ArticleDetails().IsMatch(text) && actors.Count == 0)
        {
            return QuestionKind.ArticleDetails; // "who wrote this?", "which outlet published it?"
        }

        if (QuestionPatterns.StakeAsked().IsMatch(text) && !QuestionPatterns.Why().IsMatch(text)
            && unknown.All(u => QuestionPatterns.StakeWord().IsMatch(u.Lower)))
        {
            return QuestionKind.Stakes; // "who benefits?", "who gets hurt by the pause?": not who decided it
        }

        if (QuestionPatterns.ListActors().IsMatch(text))
        {
            return QuestionKind.ListActors;
        }

        if (QuestionPatterns.Unknowns().IsMatch(text))
        {
            return QuestionKind.Unknowns;
        }

        if (QuestionPatterns.ArticleEnd().IsMatch(text))
        {
            return QuestionKind.ArticleEnd;
        }

        if (((QuestionPatterns.Why().IsMatch(text) && QuestionPatterns.Communication().IsMatch(text)) || QuestionPatterns.RationaleDisclosureAsked().IsMatch(text))
            && !QuestionPatterns.StartsWithWho().IsMatch(text))
        {
            return QuestionKind.Why; // "did anyone explain the rationale publicly?" asks for the reasons, or that they are not public
        }

        if (QuestionPatterns.Task().IsMatch(text) && !summary.Success)
        {
            return QuestionKind.OutOfScope;
        }

        if (QuestionPatterns.Help().IsMatch(text) && (topicWords == 0 || text.Trim() is "help" or "help me") && actors.Count == 0)
        {
            return QuestionKind.Help;
        }

        if (QuestionPatterns.LegalityAsked().IsMatch(text) && QuestionPatterns.Pronoun().IsMatch(text))
        {
            return QuestionKind.General; // "is this legal?": about the story, which never says
        }

        if (known.Count == 0 && actors.Count == 0 && implied is null && unknown.Count > 0)
        {
            if (QuestionPatterns.WhatNext().IsMatch(text))
            {
                return QuestionKind.General; // "so is this gonna work out or what": the outlook of the story
            }

            if (QuestionPatterns.DoneDeal().IsMatch(text))
            {
                return QuestionKind.HowLong; // "is this a done deal or could it change?"
            }

            if (QuestionPatterns.Who().IsMatch(text) && QuestionPatterns.StanceVerb().IsMatch(text) && unknown.All(u => !u.IsCapitalized))
            {
                return QuestionKind.WhoReacted; // "honestly this is insane, is anyone concerned?"
            }

            // "how did NATO respond?": a party the articles never name, asked about the story — not an off-topic request.
            var namedParty = unknown.Any(u => u.IsCapitalized && !ReferenceEquals(u, words[0]));
            var aboutTheStory = QuestionPatterns.StanceVerb().IsMatch(text) || QuestionPatterns.Reaction().IsMatch(text)
                                || QuestionPatterns.DecisionWord().IsMatch(text) || QuestionPatterns.HaltWord().IsMatch(text);
            // "what did the press secretary say about it?": "it" is the story, so this asks about the story too.
            // "what was the response from congress?", "what did congress say?": a party's reaction, so the story too.
            var aboutIt = System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(about|on|of)\s+(it|this|that|the\s+(decision|move|pause|halt))\s*$")
                          || QuestionPatterns.PartyReaction().IsMatch(text);
            if (QuestionPatterns.AllReactionsAsked().IsMatch(text))
            {
                return QuestionKind.WhoReacted; // "public reaction?": every reaction the articles report
            }

            // "kremlin response?": a party's response, asked in two words, is about the story too.
            return ((namedParty || aboutIt) && aboutTheStory) || QuestionPatterns.BareResponse().IsMatch(text) ? QuestionKind.General : QuestionKind.OutOfScope;
        }

        var group = actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Group);
        if (group is not null && (QuestionPatterns.NamesAsked().IsMatch(text)
                                  || (AsksNamesOf(text, group) && !QuestionPatterns.Reaction().IsMatch(text.Replace(group.Actor.ShortName, "")))))
        {
            return QuestionKind.GroupNames;
        }

        if (actors.Count > 0 && topicWords == 0 && unknown.Count == 0)
        {
            // "was this trump's own call or someone else's?" names a person only to ask who decided.
            var onlyNames = !QuestionPatterns.Reaction().IsMatch(text) && !QuestionPatterns.Why().IsMatch(text) && !QuestionPatterns.DecisionWord().IsMatch(text)
                            && !QuestionPatterns.WhoseCall().IsMatch(text);
            if ((QuestionPatterns.StartsWithWho().IsMatch(text) || QuestionPatterns.RoleQuestion().IsMatch(text)) && !QuestionPatterns.StanceVerb().IsMatch(text))
            {
                return actors[0].Actor.Kind == ActorKind.Group ? QuestionKind.GroupNames : QuestionKind.WhoIs;
            }

            if (onlyNames)
            {
                return QuestionKind.Profile;
            }
        }

        var namedPerson = actors.Any(a => a.Actor.Kind == ActorKind.Person && !a.ByTitle);
        if ((QuestionPatterns.RoleQuestion().IsMatch(text) && (actors.Count > 0 || implied is not null))
            || (namedPerson && QuestionPatterns.RoleChoice().IsMatch(text) && QuestionPatterns.IsOrWasOpener().IsMatch(text))
            || (namedPerson && QuestionPatterns.HoldsTitle().IsMatch(text)))
        {
            return QuestionKind.WhoIs;
        }

        // "what did the Defense Secretary's directive do?" asks what the decision did, not what the person did.
        if (QuestionPatterns.Actions().IsMatch(text) && actors.Any(a => a.Actor.Kind == ActorKind.Person) && unknown.Count == 0
            && !QuestionPatterns.PossessedDecision().IsMatch(guarded.Question))
        {
            return QuestionKind.Profile;
        }

        if (QuestionPatterns.Meaning().IsMatch(text))
        {
            return QuestionKind.Meaning;
        }

        if (QuestionPatterns.Sourcing().IsMatch(text))
        {
            return QuestionKind.Sourcing;
        }

        var whichHead = QuestionPatterns.WhichHead(words);
        var whichPerson = whichHead is not null && QuestionPatterns.PersonCategory().IsMatch(whichHead);
        // "whose digital defenses could be hurt?" asks for an owner the sentence names, not for a decider or critic.
        var asksWho = (QuestionPatterns.Who().IsMatch(text) && !QuestionPatterns.WhoseThing().IsMatch(text)) || whichPerson;
        if (QuestionPatterns.StartsWithHowMany().IsMatch(text))
        {
            return QuestionKind.HowMany; // "how many people were in the room when they argued?" asks for a number, not the argument
        }

        if (QuestionPatterns.StartsWithWhen().IsMatch(text))
        {
            // "when exactly did waltz make his statement?" asks for a time, not the statement; "when does it end?" asks how long it lasts
            return QuestionPatterns.WhenItEnds().IsMatch(text) ? QuestionKind.HowLong : QuestionKind.When;
        }

        if (QuestionPatterns.TextSays().IsMatch(text))
        {
            return QuestionKind.General; // "what does the opening of the article say about ...": the text is the source, not a person
        }

        var twoPeopleOffered = actors.Count(a => a.Actor.Kind == ActorKind.Person) >= 2 && QuestionPatterns.WhichOfTwo().IsMatch(text);
        if (twoPeopleOffered && QuestionPatterns.StanceVerb().IsMatch(text))
        {
            return QuestionKind.WhoReacted; // "hegseth or waltz - which one denied it was premeditated?"
        }

        if (asksWho && actors.Count > 0 && QuestionPatterns.StanceVerb().IsMatch(text)
            && QuestionPatterns.OthersThan().IsMatch(text))
        {
            return QuestionKind.WhoReacted; // "who's pushing back besides schumer?": the others who reacted
        }

        // "who criticized hegseth's decision?", "why is the pentagon chief's order controversial?": the owner names the decision, not the critic
        if ((asksWho || QuestionPatterns.StartsWithWhy().IsMatch(text)) && QuestionPatterns.StanceVerb().IsMatch(text) && actors.Count > 0
            && actors.All(a => NamesOwnerOfDecision(text, words, a)))
        {
            return QuestionKind.WhoReacted;
        }

        if (AttributedTo(words, actors) is not null)
        {
            return QuestionKind.Reaction; // "according to democrats, what does the halt let russia do?"
        }

        // "is the pause connected to Trump's softer stance on Moscow?": a policy stance, not something anyone said.
        // "Schumer's position on the halt" is what he said; "Trump's softer stance" is described by its adjective.
        var policy = QuestionPatterns.PolicyToward().Match(text);
        var before = policy.Success ? text[..policy.Index].Count(c => c == ' ') - 1 : -1;
        var described = before >= 0 && before < words.Count && !actors.Any(a => a.TokenIndexes.Contains(before) || ActorLookup.IsNameWord(a.Actor, words[before].Lower))
                        && !StopWords.IsStopWord(words[before].Lower);
        described |= QuestionPatterns.DescribedStance().IsMatch(text);
        var onlyPolicyStance = described && QuestionPatterns.Reaction().Matches(text).All(m => m.Value is "stance" or "position" or "positions" or "view" or "views");
        // "the secdef told the operators to stand down": telling someone to do something is an order, not a statement.
        var toldToAct = QuestionPatterns.ToldToAct().IsMatch(text);
        if (QuestionPatterns.Reaction().IsMatch(text) && !onlyPolicyStance && (ActorBeforeReaction(words, actors) || implied is not null) && !asksWho && !QuestionPatterns.Passive().IsMatch(text)
            && !QuestionPatterns.CriticismReceived().IsMatch(text) && !toldToAct)
        {
            return QuestionKind.Reaction;
        }

        if (asksWho && whichPerson && QuestionPatterns.StanceVerb().IsMatch(text))
        {
            return QuestionKind.WhoReacted; // "which democratic leader criticized the decision?"
        }

        if (QuestionPatterns.YesNoTiming().IsMatch(text) || QuestionPatterns.Sequence().IsMatch(text))
        {
            return QuestionKind.When; // "was the pause ordered before the blowup?"
        }

        var titledPerson = actors.Any(a => a.ByTitle && a.Actor.Kind == ActorKind.Person);
        if (asksWho && titledPerson && !QuestionPatterns.DecisionWord().IsMatch(text) && !QuestionPatterns.HaltWord().IsMatch(text) && !QuestionPatterns.StanceVerb().IsMatch(text))
        {
            return QuestionKind.WhoIs; // "who leads the senate democrats?" — the title names the person asked for
        }

        if (asksWho && (QuestionPatterns.DecisionWord().IsMatch(text) || QuestionPatterns.HaltWord().IsMatch(text)) && !QuestionPatterns.StanceVerb().IsMatch(text))
        {
            return QuestionKind.WhoDecided;
        }

        if (QuestionPatterns.Relation().IsMatch(text) && actors.Count > 0 && QuestionPatterns.HaltWord().IsMatch(text) && text.Contains(" between ", StringComparison.Ordinal))
        {
            return QuestionKind.General; // "the link between the halt and the zelensky meeting": the sentence that has both
        }

        if ((QuestionPatterns.WhatDecided().IsMatch(text) || QuestionPatterns.WhatHalted().IsMatch(text)) && actors.Count > 0
            && !QuestionPatterns.When().IsMatch(text) && !QuestionPatterns.Why().IsMatch(text) && !QuestionPatterns.DisclosedOrSaid().IsMatch(text)
            && !QuestionPatterns.CaseAgainst().IsMatch(text)) // "the critics' arguments against the halt" asks for the criticism
        {
            return QuestionKind.WhatDecided;
        }

        if (asksWho && QuestionPatterns.StanceVerb().IsMatch(text) && (whichPerson || actors.All(a => a.Actor.Kind == ActorKind.Group)))
        {
            return QuestionKind.WhoReacted;
        }

        if ((QuestionPatterns.CriticismAsked().IsMatch(text) || QuestionPatterns.AllReactionsAsked().IsMatch(text)) && !actors.Any(a => a.Actor.Kind == ActorKind.Person))
        {
            return QuestionKind.WhoReacted; // "did the decision get any pushback?"
        }

        if (QuestionPatterns.Reversal().IsMatch(text) && QuestionPatterns.FutureTiming().IsMatch(text))
        {
            return QuestionKind.HowLong; // "when will they resume?", "timeline for resuming": asks how long the halt lasts
        }

        if (QuestionPatterns.HowLongPast().IsMatch(text))
        {
            return QuestionKind.When;
        }

        if (QuestionPatterns.HowLong().IsMatch(text))
        {
            return QuestionKind.HowLong;
        }

        if (QuestionPatterns.ExactTime().IsMatch(text) && QuestionPatterns.When().IsMatch(text) && !QuestionPatterns.WhatHappened().IsMatch(text))
        {
            return QuestionKind.When; // "on what day is trump supposed to meet putin" asks for a date, not a purpose
        }

        if (text.StartsWith("where ", StringComparison.Ordinal) && QuestionPatterns.Where().IsMatch(text) && !QuestionPatterns.StanceVerb().IsMatch(text))
        {
            return QuestionKind.Where; // "where is trump supposed to meet putin": a place, not a purpose
        }

        if (QuestionPatterns.WhyPeopleSay().IsMatch(text))
        {
            return QuestionKind.WhoReacted; // "why are ppl saying this lets russia off the hook": the reaction that says it
        }

        if (QuestionPatterns.Why().IsMatch(text) || (QuestionPatterns.Relation().IsMatch(text) && actors.Count == 0))
        {
            return actors.Count > 0 && actors[0].Actor.Kind == ActorKind.Group && HasReactions(actors[0].Actor) ? QuestionKind.Reaction : QuestionKind.Why;
        }

        if (QuestionPatterns.When().IsMatch(text) && !QuestionPatterns.WhatHappened().IsMatch(text))
        {
            return QuestionPatterns.WhenItEnds().IsMatch(text) ? QuestionKind.HowLong : QuestionKind.When; // "any idea when the pause ends"
        }

        if (QuestionPatterns.HowMany().IsMatch(text) && !QuestionPatterns.EffectAsked().IsMatch(text))
        {
            return QuestionKind.HowMany;
        }

        if (QuestionPatterns.Where().IsMatch(text) && QuestionPatterns.StanceVerb().IsMatch(text) && !actors.Any(a => a.Actor.Kind == ActorKind.Person))
        {
            return QuestionKind.WhoReacted; // "where has the decision raised concerns?": among whom
        }

        if (QuestionPatterns.Where().IsMatch(text))
        {
            return QuestionKind.Where;
        }

        if (QuestionPatterns.WhoseCall().IsMatch(text))
        {
            return QuestionKind.WhoDecided; // "was this the pentagon's call or the white house's?"
        }

        // "is this decision part of trump softening on russia?" asks how it relates, not who decided.
        if (actors.Any(a => a.Actor.Kind == ActorKind.Person) && QuestionPatterns.DecisionWord().IsMatch(text) && !text.Contains("what", StringComparison.Ordinal)
            && !QuestionPatterns.PartOf().IsMatch(text))
        {
            return QuestionKind.WhoDecided; // "hegseth ordered it?", "did trump order the halt"
        }

        return QuestionKind.General;

        bool HasReactions(Actor actor) => reactingActorIds.Contains(actor.Id) || actor.MemberIds.Any(reactingActorIds.Contains);
    }

    private static bool NamesOwnerOfDecision(string text, IReadOnlyList<QuestionWord> words, ActorReference reference) =>
        QuestionPatterns.OwnedDecision().Matches(text).Any(m => ActorLookup.IsNameWord(reference.Actor, m.Groups["owner"].Value)
                                                                || reference.TokenIndexes.Any(i => i < words.Count && words[i].Lower == m.Groups["owner"].Value));
}
