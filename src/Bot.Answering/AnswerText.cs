using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>Small wording helpers for answer text (the cited quotes themselves are never altered).</summary>
public static class AnswerText
{
    private static readonly string[] s_connectives =
    [
        "However, ", "Contrarily, ", "Meanwhile, ", "Additionally, ", "Moreover, ", "Still, ", "Yet, ", "But ", "And ",
        "Furthermore, ", "Nevertheless, ", "Instead, ", "Separately, ", "In addition, ", "Also, ",
    ];

    /// <summary>A sentence with a leading discourse connective removed, so it reads on its own.</summary>
    public static string Readable(string sentence)
    {
        foreach (var connective in s_connectives)
        {
            if (sentence.StartsWith(connective, StringComparison.Ordinal) && sentence.Length > connective.Length + 1)
            {
                var rest = sentence[connective.Length..];
                return char.ToUpperInvariant(rest[0]) + rest[1..];
            }
        }

        return sentence;
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static readonly string[] s_countWords = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>A small count in words ("three"), larger ones in digits.</summary>
    public static string CountWord(int count) => count >= 0 && count < s_countWords.Length ? s_countWords[count] : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How an answer names an actor: a person with their title ("Senator Ruth Hale"), a group by its name.</summary>
    public static string Named(Actor actor) => actor.Kind == ActorKind.Person ? actor.Display : actor.Name;

    /// <summary>"The articles don't report that from Lena Park; they report it from Senator Ruth Hale:".</summary>
    public static string SaidByOther(string asked, Actor speaker) => $"The articles don't report that from {asked}; they report it from {Named(speaker)}:";
}
