using Bot.Core.Text;
using Bot.Retrieval;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>An actor a question refers to, and at which word.</summary>
public sealed record ActorReference(Actor Actor, int TokenIndex, bool ByTitle)
{
    /// <summary>Every word of the question that named the actor ("pentagon", "chief").</summary>
    public IReadOnlyList<int> TokenIndexes { get; init; } = [TokenIndex];
}

/// <summary>
/// Finds the actors a question names: by name or surname ("hegseth", "trumps"), by title ("the defense
/// secretary", "secretary of defense", "the russian president"), or by group ("dems", "experts").
/// </summary>
public sealed class ActorLookup
{
    private static readonly HashSet<string> s_nationalities = new(StringComparer.Ordinal)
    {
        Tokenizer.UnitedStates, "american", "america", "ukrainian", "ukrain", "russian", "russia", "israel", "israeli",
        "chines", "china", "british", "french", "german", "european",
    };

    private static readonly string[][] s_roleAliases =
    [
        ["pentagon", "defens"],
        ["defenc", "defens"],
        ["militari", "defens"],
        ["armi", "defens"],
        ["dod", "defens"],
        ["advisor", "advis"],
        ["aid", "advis"],
        ["democrat", "minor"],
        ["chief", "secretari"],
        ["head", "secretari"],
        ["boss", "secretari"],
        ["sec", "secretari"],
        ["minist", "secretari"],
        ["head", "leader"],
        ["chief", "leader"],
        ["potus", "presid"],
        ["leader", "presid"],
        ["leader", "minist"],
        ["lead", "leader"],
        ["top", "leader"],
    ];

    private static readonly HashSet<string> s_officeWords = new(StringComparer.Ordinal) { "major", "minor", "senat", "hous", "parti", "opposit", "floor", "committe", "caucu", "union", "parliamentari", "council" };

    private static readonly Dictionary<string, string> s_opposedModifiers = new(StringComparer.Ordinal)
    {
        ["minor"] = "major", ["major"] = "minor", ["deputi"] = "chief", ["former"] = "current",
    };

    private static readonly HashSet<string> s_personHeads = new(StringComparer.Ordinal) { "guy", "man", "woman", "person", "dude", "lady", "fella", "official", "boss", "chap" };

    private static readonly HashSet<string> s_civicNouns = new(StringComparer.Ordinal)
    {
        "process", "institut", "valu", "norm", "system", "societi", "countri", "nation", "govern", "elect", "principl", "tradit", "world",
    };

    private readonly Story _story;
    private readonly Func<string, IReadOnlyList<string>> _sentenceStems;
    private readonly Dictionary<string, List<Actor>> _peopleByNameWord = new(StringComparer.Ordinal);
    // Titled people by the last word of their title ("minist" for "Transport Minister"), so a question only looks at
    // the people whose title its words can name — in a large corpus there are thousands of titled people.
    private readonly Dictionary<string, List<(Actor Actor, string[] Modifiers, string Head)>> _titledByHead = new(StringComparer.Ordinal);
    private readonly List<(Actor Actor, HashSet<string> Keys, string[] Modifiers)> _groups = [];

    // "security people", "pentagon crowd": a group named by its modifier and a people noun.
    private static readonly HashSet<string> s_peopleNouns = new(StringComparer.Ordinal)
    {
        "people", "ppl", "folks", "guys", "crowd", "types", "world", "community", "establishment", "hawks", "insiders",
    };

    /// <param name="sentenceStems">The content stems of a sentence by id, to tell apart people who share a title by what the question says of them.</param>
    public ActorLookup(Story story, Func<string, IReadOnlyList<string>>? sentenceStems = null)
    {
        _story = story;
        _sentenceStems = sentenceStems ?? (_ => []);
        foreach (var actor in story.Actors)
        {
            if (actor.Kind == ActorKind.Person)
            {
                foreach (var nameWord in actor.Name.ToLowerInvariant().Split(' ').Where(w => w.Length > 2).Distinct())
                {
                    if (!_peopleByNameWord.TryGetValue(nameWord, out var people))
                    {
                        _peopleByNameWord[nameWord] = people = [];
                    }

                    people.Add(actor);
                }

                if (actor.Role is { } role)
                {
                    var stems = Tokenizer.Tokenize(role).Select(t => WordStemmer.Stem(t.Lower)).ToArray();
                    if (!_titledByHead.TryGetValue(stems[^1], out var titled))
                    {
                        _titledByHead[stems[^1]] = titled = [];
                    }

                    titled.Add((actor, stems[..^1], stems[^1]));
                }
            }
            else
            {
                var nameStems = Tokenizer.Tokenize(actor.Name).Select(t => WordStemmer.Stem(t.Lower)).Where(s => !StopWords.IsStopWord(s)).ToArray();
                _groups.Add((actor, GroupKeys(actor), nameStems.Where(s => s != WordStemmer.Stem(actor.ShortName)).ToArray()));
            }
        }
    }

    /// <summary>True when the word is part of how the actor is named: name, title or short name ("waltz", "adviser").</summary>
    public static bool IsNameWord(Actor actor, string lower) =>
        (actor.Name + " " + actor.Role + " " + actor.ShortName).Contains(lower, StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<ActorReference> Find(IReadOnlyList<QuestionWord> words)
    {
        var found = new List<ActorReference>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var bare = word.Lower.EndsWith('s') && word.Lower.Length > 4 ? word.Lower[..^1] : word.Lower;
            var people = _peopleByNameWord.GetValueOrDefault(word.Lower) ?? _peopleByNameWord.GetValueOrDefault(bare) ?? [];
            foreach (var actor in people)
            {
                Add(found, new ActorReference(actor, i, ByTitle: false));
            }
        }

        FindByTitle(words, found);
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1].Lower : "";
            foreach (var (actor, keys, modifiers) in _groups)
            {
                // "officials" names the group; "official reasoning" is an adjective.
                // "democratic process", "democratic values": the adjective, not the party.
                if (IsPartyWord(words[i].Stem) && s_civicNouns.Contains(WordStemmer.Stem(next)))
                {
                    continue;
                }

                var groupNoun = words[i].Lower == actor.ShortName || words[i].Lower.EndsWith('s') || IsPartyWord(words[i].Stem);
                var byHead = groupNoun && IsNounForm(words[i].Lower) && (keys.Contains(words[i].Stem) || SynonymTable.Expand(words[i].Stem).Any(keys.Contains));
                var byModifier = s_peopleNouns.Contains(next) && modifiers.Any(m => m == words[i].Stem || SynonymTable.AreSynonyms(words[i].Stem, m) || IsRoleAlias(words[i].Stem, m));
                if (byHead || byModifier)
                {
                    Add(found, new ActorReference(actor, i, ByTitle: false) { TokenIndexes = byModifier ? [i, i + 1] : [i] });
                }
            }
        }

        // A title outranks what overlaps it: "trump's defense chief" is Hegseth (not Trump), "russian leader" is a
        // person (not the group "Democratic leaders").
        var titled = found.Where(f => f.ByTitle).ToList();
        found.RemoveAll(f => !f.ByTitle && titled.Any(t => t.Actor.Id != f.Actor.Id &&
            (t.TokenIndexes.Contains(f.TokenIndex) || (f.Actor.Kind == ActorKind.Person && t.TokenIndexes.Contains(f.TokenIndex + 1)))));
        // "the Senate Majority Leader, Mr. Schumer": a title right before a name belongs to that person, even when the
        // title is wrong and would match somebody else.
        found.RemoveAll(t => t.ByTitle && t.Actor.Kind == ActorKind.Person && found.Any(f => !f.ByTitle && f.Actor.Kind == ActorKind.Person && f.Actor.Id != t.Actor.Id
            && f.TokenIndex > t.TokenIndexes.Max() && f.TokenIndex <= t.TokenIndexes.Max() + 2 && TitleRunsInto(words, t.TokenIndexes.Max(), f.TokenIndex)));
        found.Sort((a, b) => a.TokenIndex.CompareTo(b.TokenIndex));
        return found;
    }

    private void FindByTitle(IReadOnlyList<QuestionWord> words, List<ActorReference> found)
    {
        var stems = words.Select(w => w.Stem).ToArray();
        // Many people share a title word in a large corpus; what a question stem matches is worked out once.
        var modifierMatches = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Matches(string modifier) => modifierMatches.TryGetValue(modifier, out var known)
            ? known
            : modifierMatches[modifier] = stems.Any(s => s == modifier || SynonymTable.AreSynonyms(s, modifier) || IsRoleAlias(s, modifier));
        var nationalitiesNear = new Dictionary<int, HashSet<string>>();
        // Only a nationality next to the title counts ("the russian president", "president of ukraine"), not "... toward Russia".
        HashSet<string> NationalitiesNear(int head) => nationalitiesNear.TryGetValue(head, out var near)
            ? near
            : nationalitiesNear[head] = stems
                .Select((s, i) => (s, i))
                .Where(x => s_nationalities.Contains(x.s) && (x.i is var i && (i >= head - 2 && i < head || i > head && i <= head + 2 && stems[head + 1] == "of")))
                .Select(x => x.s)
                .ToHashSet(StringComparer.Ordinal);
        var headIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<(Actor Actor, string[] Modifiers, double Score, int Index)>();
        var heads = stems.SelectMany(s => s_roleAliases.Where(pair => pair[0] == s).Select(pair => pair[1]).Concat(s_roleAliases.Where(pair => pair[1] == s).Select(pair => pair[0])).Append(s))
            .Distinct(StringComparer.Ordinal);
        var titledPeople = heads.SelectMany(h => _titledByHead.GetValueOrDefault(h) ?? []);
        foreach (var (actor, modifiers, head) in titledPeople)
        {
            if (!headIndexes.TryGetValue(head, out var headIndex))
            {
                headIndexes[head] = headIndex = Array.FindIndex(stems, s => s == head || IsRoleAlias(s, head));
            }

            if (headIndex < 0 || IsPlural(words[headIndex].Lower))
            {
                continue; // "leaders of which party": a plural title names a group, not one person
            }

            var matched = modifiers.Count(Matches);
            // A president or prime minister leads a country: "the leader" may mean either without a modifier.
            var headOfGovernment = head == "presid" || (head == "minist" && modifiers.Contains("prime") && stems[headIndex] is "leader" or "head" or "top" or "premier");
            if (modifiers.Length > 0 && matched == 0 && !headOfGovernment)
            {
                continue;
            }

            // "the senate majority leader" is not a president: a head-of-government reading needs no other office words before the head.
            if (headOfGovernment && matched == 0 && headIndex > 0 && words[headIndex - 1].IsCapitalized == false && s_officeWords.Contains(stems[headIndex - 1]))
            {
                continue;
            }

            // "the senate majority leader" is not the Senate Minority Leader.
            if (modifiers.Any(m => s_opposedModifiers.TryGetValue(m, out var opposite) && stems.Take(headIndex).TakeLast(3).Contains(opposite)))
            {
                continue;
            }

            var actorNationalities = modifiers.Where(s_nationalities.Contains).ToArray();
            var questionNationalities = NationalitiesNear(headIndex);
            var conflict = questionNationalities.Count > 0 && !actorNationalities.Any(n => questionNationalities.Any(q => SynonymTable.AreSynonyms(q, n)))
                ? (actorNationalities.Length > 0 || !NationalityNearActor(actor, questionNationalities) ? 1 : 0)
                : 0;
            if (conflict > 0 && matched == 0)
            {
                continue; // "the Chinese president" is none of the presidents the articles name
            }

            // "which foreign leader ...": a title held in the country the story is told from is not foreign.
            var foreign = stems.Take(headIndex).TakeLast(2).Any(s => s is "foreign" or "world") && actorNationalities.Contains(Tokenizer.UnitedStates) ? 1 : 0;
            candidates.Add((actor, modifiers, 2.0 * matched - conflict - foreign, headIndex));
        }

        // "the national security guy", "the defense guy": every word of a title but its head, before a word for a person.
        for (var i = 1; i < stems.Length; i++)
        {
            if (!s_personHeads.Contains(words[i].Lower) || candidates.Any(c => c.Index == i))
            {
                continue;
            }

            var before = stems.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).ToArray();
            foreach (var (actor, modifiers, _) in _titledByHead.Values.SelectMany(v => v))
            {
                if (modifiers.Length > 0 && modifiers.All(m => before.Any(b => b == m || SynonymTable.AreSynonyms(b, m))))
                {
                    candidates.Add((actor, modifiers, 2.0 * modifiers.Length, i));
                }
            }
        }

        foreach (var group in candidates.GroupBy(c => c.Index))
        {
            // Equal titles ("President" for three people) are told apart by what the question says of them, then by prominence.
            var top = group.Max(c => c.Score);
            var tied = group.Where(c => c.Score == top).ToList();
            var best = tied.Count == 1 ? tied[0]
                : tied.Count > 8 ? tied.MaxBy(c => c.Actor.SentenceIds.Count) // a title many people share across a large corpus
                : tied.MaxBy(c => 0.1 * ContextMatches(c.Actor, stems) + 0.01 * c.Actor.SentenceIds.Count);
            var titleWords = stems.Select((s, i) => (s, i))
                .Where(x => x.i == best.Index || best.Modifiers.Any(m => x.s == m || SynonymTable.AreSynonyms(x.s, m) || IsRoleAlias(x.s, m)))
                .Select(x => x.i).ToArray();
            Add(found, new ActorReference(best.Actor, best.Index, ByTitle: true) { TokenIndexes = titleWords });
        }
    }

    /// <summary>
    /// A title without a country ("President Vladimir Putin") may still be the one asked for ("the russian president")
    /// when the sentences about the person speak of that country; "the chinese president" is not, when none do.
    /// </summary>
    private bool NationalityNearActor(Actor actor, HashSet<string> nationalities) =>
        actor.SentenceIds.Take(50).Any(id => _sentenceStems(id).Any(stem => nationalities.Any(n => stem == n || SynonymTable.AreSynonyms(stem, n))));

    /// <summary>How many of the question's other words occur in the sentences that mention the actor ("planning to meet" for Putin).</summary>
    private int ContextMatches(Actor actor, string[] questionStems)
    {
        var wanted = questionStems.Where(s => s.Length > 2 && !StopWords.IsStopWord(s)).ToHashSet(StringComparer.Ordinal);
        // The first sentences that introduce a person are enough, and keep this cheap for people named thousands of times.
        return wanted.Count(stem => actor.SentenceIds.Take(50).Any(id => _sentenceStems(id).Contains(stem)));
    }

    private static bool TitleRunsInto(IReadOnlyList<QuestionWord> words, int titleEnd, int nameStart) =>
        Enumerable.Range(titleEnd + 1, nameStart - titleEnd - 1).All(i => words[i].Lower is "mr" or "mrs" or "ms" or "dr" || words[i].IsCapitalized);

    private static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    private static bool IsRoleAlias(string questionStem, string roleStem) =>
        s_roleAliases.Any(pair => pair[0] == questionStem && pair[1] == roleStem || pair[1] == questionStem && pair[0] == roleStem);

    /// <summary>"critics" names a group; "criticized" is a verb and does not.</summary>
    private static bool IsNounForm(string word) =>
        !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ize", StringComparison.Ordinal)
          || word.EndsWith("ise", StringComparison.Ordinal) || word.EndsWith("ism", StringComparison.Ordinal));

    private static bool IsPartyWord(string stem) => stem is "democrat" or "dem" or "republican" or "gop";

    private static HashSet<string> GroupKeys(Actor group)
    {
        var stems = Tokenizer.Tokenize(group.Name).Select(t => WordStemmer.Stem(t.Lower)).ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal) { WordStemmer.Stem(group.ShortName) };
        keys.UnionWith(stems.Where(IsPartyWord));
        return keys;
    }

    private static void Add(List<ActorReference> found, ActorReference reference)
    {
        if (!found.Any(f => f.Actor.Id == reference.Actor.Id))
        {
            found.Add(reference);
        }
    }
}
