namespace Bot.Core.Text;

/// <summary>Function words that carry no topic. Negations are deliberately absent: they change meaning.</summary>
public static class StopWords
{
    private static readonly HashSet<string> s_words = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from", "if", "in", "into",
        "is", "it", "its", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
        "to", "was", "were", "will", "with", "what", "which", "who", "whom", "whose", "why", "when", "where", "how",
        "do", "does", "did", "done", "doing", "has", "have", "had", "having", "i", "me", "my", "we", "our", "you",
        "your", "he", "him", "his", "she", "her", "hers", "them", "us", "can", "could", "would", "should", "shall",
        "may", "might", "must", "about", "any", "some", "so", "than", "too", "very", "just", "also", "all", "both",
        "each", "other", "own", "same", "only", "over", "under", "again", "further", "once", "here", "those", "am",
        "s", "t", "d", "ll", "re", "ve", "m", "o", "y", "up", "down", "out", "off", "more", "most", "much", "many",
        "because", "while", "during", "before", "after", "above", "below", "between", "through", "against",
        "until", "within", "without", "whether", "yet", "still", "ever", "even", "however", "therefore", "thus",
        "hey", "hi", "hello", "please", "thanks", "thank", "ok", "okay", "pls", "plz", "u", "ur", "im", "whats",
        "whos", "hows", "wheres", "whens", "whys", "thats", "theres", "dont", "doesnt", "didnt", "isnt", "wasnt",
        "arent", "werent", "cant", "wont", "couldnt", "wouldnt", "shouldnt", "himself", "herself", "itself", "themselves",
        "myself", "yourself", "ourselves", "even", "ppl", "yall", "ya", "per", "via", "among", "towards", "toward", "besides", "except", "apart", "vs", "versus", "less", "fewer",
    };

    private static readonly HashSet<string> s_negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nor", "none", "neither", "without", "denied", "deny", "denies",
        "didnt", "doesnt", "dont", "isnt", "wasnt", "arent", "werent", "cant", "wont", "couldnt", "wouldnt", "shouldnt",
    };

    public static bool IsStopWord(string lower) => s_words.Contains(lower);

    public static bool IsNegation(string lower) => s_negations.Contains(lower);
}
