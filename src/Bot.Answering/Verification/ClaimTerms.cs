using Bot.Core.Text;

namespace Bot.Answering.Verification;

/// <summary>
/// What a sentence asserts, reduced to what can be checked against a passage: its content stems, the names and
/// numbers it mentions (which must match exactly), and whether it is negated.
/// </summary>
public sealed record ClaimTerms(IReadOnlyList<string> ContentStems, IReadOnlyList<string> Names, IReadOnlyList<string> Numbers, bool Negated)
{
    // Words a model uses to talk about its sources rather than the story; they need no support.
    private static readonly HashSet<string> s_sourceTalk = new(StringComparer.Ordinal)
    {
        "according", "article", "articles", "passage", "passages", "source", "sources", "corpus", "text", "report",
        "reports", "reporting", "coverage", "story", "piece", "notes", "mentions", "mentioned", "says", "say",
    };

    private static readonly HashSet<string> s_numberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "billions", "dozen", "dozens", "half", "first", "second", "third", "fourth", "fifth", "percent",
    };

    public bool IsEmpty => ContentStems.Count == 0 && Names.Count == 0 && Numbers.Count == 0;

    /// <param name="knownNames">Lower-case name words of the corpus: a capitalised first word counts as a name only if it is one.</param>
    public static ClaimTerms Of(string text, IReadOnlySet<string> knownNames)
    {
        var tokens = Tokenizer.Tokenize(text);
        var stems = new List<string>();
        var names = new List<string>();
        var numbers = new List<string>();
        var negated = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (StopWords.IsNegation(token.Lower))
            {
                negated = true;
                continue;
            }

            if (token.IsNumber || s_numberWords.Contains(token.Lower))
            {
                AddOnce(numbers, token.Lower);
                continue;
            }

            if (StopWords.IsStopWord(token.Lower) || s_sourceTalk.Contains(token.Lower))
            {
                continue;
            }

            if (token.IsCapitalized && (i > 0 || knownNames.Contains(token.Lower)))
            {
                AddOnce(names, token.Lower);
            }

            AddOnce(stems, WordStemmer.Stem(token.Lower));
        }

        return new ClaimTerms(stems, names, numbers, negated);
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
