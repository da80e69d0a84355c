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

    /// <summary>The people named by name (not by title) in the question.</summary>
    public static IEnumerable<ActorReference> NamedPeople(IEnumerable<ActorReference> actors) =>
        actors.Where(a => !a.ByTitle && a.Actor.Kind == Bot.StoryMap.ActorKind.Person);
}
