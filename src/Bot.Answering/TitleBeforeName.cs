namespace Bot.Answering;

/// <summary>
/// The title a question types in front of a named person ("Senate Majority Leader Chuck Schumer", "Secretary of
/// State Hegseth"): capitalised words, joined by "of", right before the name.
/// </summary>
public static class TitleBeforeName
{
    public const int MaxWords = 4;

    /// <summary>The index of the title's first word, or the name's own index when no title precedes it.</summary>
    public static int Start(IReadOnlyList<QuestionWord> words, ActorReference person)
    {
        var first = person.TokenIndexes.Min();
        var start = first;
        for (var i = first - 1; i >= 0 && i >= first - MaxWords; i--)
        {
            var capitalized = words[i].IsCapitalized && !person.Actor.Name.Contains(words[i].Original, StringComparison.OrdinalIgnoreCase);
            var joiner = words[i].Lower == "of" && i > 0 && words[i - 1].IsCapitalized;
            if (!capitalized && !joiner)
            {
                break;
            }

            start = i;
        }

        return start;
    }

    /// <summary>The title words before a named person (empty when there are none).</summary>
    public static IReadOnlyList<QuestionWord> Of(IReadOnlyList<QuestionWord> words, ActorReference person) =>
        words.Skip(Start(words, person)).Take(person.TokenIndexes.Min() - Start(words, person)).ToList();

    /// <summary>
    /// The title a question gives a named person after a copula: "Schumer is Senate Majority Leader", "hegseth is sec of
    /// state", "Schumer is identified in the piece as Senate Majority Leader" (empty when there is none).
    /// </summary>
    public static IReadOnlyList<QuestionWord> After(IReadOnlyList<QuestionWord> words, ActorReference person)
    {
        var i = person.TokenIndexes.Max() + 1;
        while (i < words.Count && person.Actor.Name.Split(' ').Contains(words[i].Original, StringComparer.OrdinalIgnoreCase))
        {
            i++; // "Chuck Schumer": the reference may point at the first name only
        }

        if (i >= words.Count || words[i].Lower is not ("is" or "was" or "s" or "as" or "described" or "describe" or "identified" or "identify" or "named" or "listed" or "called" or "referred"))
        {
            return [];
        }

        i++;
        while (i < words.Count && s_linkWords.Contains(words[i].Lower))
        {
            i++;
        }

        var title = new List<QuestionWord>();
        for (; i < words.Count && title.Count < MaxWords; i++)
        {
            var word = words[i];
            var joiner = word.Lower == "of" && title.Count > 0;
            if (!word.IsCapitalized && !joiner && !s_titleWords.Contains(word.Lower) && !(title.Count > 0 && title[^1].Lower == "of"))
            {
                break;
            }

            title.Add(word);
        }

        // Only a phrase that ends in an office counts: "Schumer is Jewish" is not a title.
        return title.Any(w => s_titleWords.Contains(w.Lower)) ? title : [];
    }

    private static readonly HashSet<string> s_linkWords = new(StringComparer.Ordinal)
    {
        "identified", "described", "named", "called", "listed", "referred", "to", "in", "the", "piece", "article", "story", "as", "a", "an", "actually", "really", "now", "still",
    };

    // The last word of an office ("Defense Secretary", "Minority Leader").
    private static readonly HashSet<string> s_heads = new(StringComparer.Ordinal)
    {
        "president", "leader", "secretary", "adviser", "advisor", "minister", "senator", "speaker", "whip", "chief", "director", "governor",
        "chairman", "chairwoman", "spokesman", "spokeswoman", "ambassador", "general",
    };

    // Words a typed title may be made of besides its head: "sec of state", "Senate Majority Leader".
    private static readonly HashSet<string> s_titleWords = new([.. s_heads, "sec", "majority", "minority"], StringComparer.Ordinal);

    /// <summary>"secretary", "leader", "president": a word that ends the name of an office.</summary>
    public static bool IsHead(string lower) => s_heads.Contains(lower);

    /// <summary>The people named by name (not by title) in the question.</summary>
    public static IEnumerable<ActorReference> NamedPeople(IEnumerable<ActorReference> actors) =>
        actors.Where(a => !a.ByTitle && a.Actor.Kind == Bot.StoryMap.ActorKind.Person);
}
