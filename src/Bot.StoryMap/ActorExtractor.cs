using Bot.Core.Model;
using Bot.Core.Text;

namespace Bot.StoryMap;

/// <summary>
/// Finds the people and groups of a corpus by rules: "Title Firstname Lastname" introduces a person
/// ("Defense Secretary Pete Hegseth"), later surname-only mentions are linked to them, and collective subjects
/// ("Cybersecurity experts", "Democratic leaders, including ...") become group actors.
/// </summary>
public sealed class ActorExtractor
{
    private readonly Dictionary<string, ActorBuilder> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Mention>> _mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ActorBuilder>> _peopleBySurname = new(StringComparer.Ordinal);

    public static (IReadOnlyList<Actor> Actors, IReadOnlyDictionary<string, List<Mention>> Mentions) Extract(CorpusSnapshot corpus)
    {
        var extractor = new ActorExtractor();
        var tokenized = corpus.Sentences.Select(s => (Sentence: s, Tokens: Tokenizer.Tokenize(s.Text))).ToArray();
        foreach (var (sentence, tokens) in tokenized)
        {
            extractor.FindTitledPeople(sentence, tokens);
        }

        foreach (var (sentence, tokens) in tokenized)
        {
            extractor.FindSurnameMentions(sentence, tokens);
            extractor.FindGroups(sentence, tokens);
        }

        var actors = extractor._actors.Values
            .OrderBy(a => a.FirstOrdinal)
            .Select(a => a.Build())
            .ToArray();
        foreach (var list in extractor._mentions.Values)
        {
            list.Sort((a, b) => a.TokenIndex.CompareTo(b.TokenIndex));
        }

        return (actors, extractor._mentions);
    }

    private void FindTitledPeople(Sentence sentence, List<Token> tokens)
    {
        foreach (var run in CapitalizedRuns(sentence.Text, tokens))
        {
            var roleEnd = -1;
            for (var i = run.Start; i < run.End; i++)
            {
                if (ActorLexicon.RoleWords.Contains(tokens[i].Lower))
                {
                    roleEnd = i;
                }
            }

            if (roleEnd < 0)
            {
                continue;
            }

            var nameStart = roleEnd + 1;
            var nameEnd = nameStart;
            while (nameEnd < run.End && nameEnd - nameStart < 3 && !ActorLexicon.NotNameWords.Contains(tokens[nameEnd].Lower)
                   && !ActorLexicon.RoleWords.Contains(tokens[nameEnd].Lower))
            {
                nameEnd++;
            }

            if (nameEnd - nameStart < 1 || (nameEnd - nameStart == 1 && tokens[nameStart].Lower.Length < 3))
            {
                continue;
            }

            var roleStart = run.Start;
            while (roleStart < roleEnd && StopWords.IsStopWord(tokens[roleStart].Lower))
            {
                roleStart++;
            }

            var role = Span(sentence.Text, tokens, roleStart, roleEnd + 1);
            var name = StripPossessive(Span(sentence.Text, tokens, nameStart, nameEnd));
            var surname = tokens[nameEnd - 1].Lower;
            var id = ArticleIdSlug(name);
            if (!_actors.TryGetValue(id, out var actor))
            {
                _actors[id] = actor = new ActorBuilder(id, name, ActorKind.Person, surname, sentence.Ordinal) { ArticleId = sentence.ArticleId };
                if (!_peopleBySurname.TryGetValue(surname, out var namesakes))
                {
                    _peopleBySurname[surname] = namesakes = [];
                }

                namesakes.Add(actor);
            }

            if (actor.Role is null || role.Length > actor.Role.Length)
            {
                actor.Role = role;
                actor.RoleSentenceId ??= sentence.Id;
            }

            AddMention(actor, sentence, tokens, nameEnd - 1);
        }
    }

    private void FindSurnameMentions(Sentence sentence, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized)
            {
                continue;
            }

            if (!_peopleBySurname.TryGetValue(tokens[i].Lower, out var namesakes))
            {
                continue;
            }

            // Namesakes across articles: prefer the one introduced in the same article.
            var actor = namesakes.FirstOrDefault(a => a.ArticleId == sentence.ArticleId) ?? namesakes[0];
            AddMention(actor, sentence, tokens, i);
        }
    }

    private void FindGroups(Sentence sentence, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var head = tokens[i].Lower;
            if (!ActorLexicon.GroupHeads.Contains(head) && !IsSpeakingPlural(tokens, i))
            {
                continue;
            }

            var start = i;
            var ownerId = (string?)null;
            while (start > 0 && start > i - 2 && ActorLexicon.GroupModifiers.Contains(tokens[start - 1].Lower))
            {
                start--;
            }

            if (start > 0 && head == "administration")
            {
                ownerId = PersonBySurname(tokens[start - 1]);
                if (ownerId is not null)
                {
                    start--;
                }
            }

            if (head == "administration" && ownerId is null)
            {
                continue;
            }

            var end = i + 1;
            if (head == "advocates" && end + 2 < tokens.Count && tokens[end].Lower == "of")
            {
                end = Math.Min(tokens.Count, end + 3);
            }

            var label = StripPossessive(Span(sentence.Text, tokens, start, end));
            var name = ownerId is not null ? StripPossessiveInside(label) : label;
            var id = ArticleIdSlug(name.ToLowerInvariant());
            if (!_actors.TryGetValue(id, out var group))
            {
                var display = ownerId is not null ? $"the {name}" : LowerFirst(name);
                _actors[id] = group = new ActorBuilder(id, display, ActorKind.Group, head, sentence.Ordinal);
            }

            AddMention(group, sentence, tokens, i);
            AddIncludedMembers(group, sentence, tokens, end);
        }
    }

    /// <summary>
    /// "Librarians fear ...", "Residents warned ...": a plural noun for people, directly followed by a verb of saying or
    /// fearing, speaks as a group even when it is not one of the usual newsroom groups.
    /// </summary>
    private static bool IsSpeakingPlural(List<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        return i + 1 < tokens.Count && word.Length > 5 && ActorLexicon.GroupSpeechVerbs.Contains(tokens[i + 1].Lower)
               && ActorLexicon.PeoplePlural().IsMatch(word);
    }

    private void AddIncludedMembers(ActorBuilder group, Sentence sentence, List<Token> tokens, int after)
    {
        if (after >= tokens.Count || tokens[after].Lower != "including")
        {
            return;
        }

        if (_mentions.TryGetValue(sentence.Id, out var mentions))
        {
            foreach (var mention in mentions.Where(m => m.TokenIndex > after && m.TokenIndex <= after + 6))
            {
                if (_actors[mention.ActorId].Kind == ActorKind.Person)
                {
                    group.Members.Add(mention.ActorId);
                }
            }
        }
    }

    private string? PersonBySurname(Token token) =>
        _peopleBySurname.TryGetValue(token.Lower, out var namesakes) ? namesakes[0].Id : null;

    private void AddMention(ActorBuilder actor, Sentence sentence, List<Token> tokens, int tokenIndex)
    {
        if (!_mentions.TryGetValue(sentence.Id, out var list))
        {
            _mentions[sentence.Id] = list = [];
        }

        if (list.Any(m => m.TokenIndex == tokenIndex))
        {
            return;
        }

        var token = tokens[tokenIndex];
        list.Add(new Mention(actor.Id, tokenIndex, token.Start, token.Start + token.Length));
        if (!actor.SentenceIds.Contains(sentence.Id))
        {
            actor.SentenceIds.Add(sentence.Id);
        }
    }

    private static IEnumerable<(int Start, int End)> CapitalizedRuns(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized)
            {
                i++;
                continue;
            }

            var start = i;
            while (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && OnlySpaceBetween(text, tokens[i], tokens[i + 1]))
            {
                i++;
            }

            yield return (start, i + 1);
            i++;
        }
    }

    private static bool OnlySpaceBetween(string text, Token a, Token b)
    {
        var isAbbreviation = a.Length <= 4 && a.Original.All(ch => char.IsUpper(ch) || ch == '.');
        for (var c = a.Start + a.Length; c < b.Start; c++)
        {
            if (!char.IsWhiteSpace(text[c]) && !(isAbbreviation && text[c] == '.'))
            {
                return false;
            }
        }

        return b.Start > a.Start + a.Length;
    }

    private static string Span(string text, List<Token> tokens, int start, int end) =>
        text[tokens[start].Start..(tokens[end - 1].Start + tokens[end - 1].Length)];

    private static string StripPossessive(string name)
    {
        foreach (var suffix in new[] { "'s", "\u2019s" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static string StripPossessiveInside(string label) => label.Replace("'s ", " ").Replace("\u2019s ", " ");

    private static string LowerFirst(string label)
    {
        var first = label.Split(' ')[0];
        var keepCase = first.Length > 1 && first.Skip(1).Any(char.IsUpper) || first is "Democratic" or "Republican";
        return keepCase ? label : char.ToLowerInvariant(label[0]) + label[1..];
    }

    private static string ArticleIdSlug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    private sealed class ActorBuilder(string id, string name, ActorKind kind, string shortName, int firstOrdinal)
    {
        public string Id { get; } = id;

        public ActorKind Kind { get; } = kind;

        public string ShortName { get; } = shortName;

        public int FirstOrdinal { get; } = firstOrdinal;

        public string? ArticleId { get; init; }

        public string? Role { get; set; }

        public string? RoleSentenceId { get; set; }

        public List<string> SentenceIds { get; } = [];

        public HashSet<string> Members { get; } = [];

        public Actor Build() => new(Id, name, Role, Kind)
        {
            ShortName = ShortName,
            SentenceIds = SentenceIds,
            RoleSentenceId = RoleSentenceId,
            MemberIds = Members.ToArray(),
        };
    }
}
