using Bot.Core.Text;

namespace Bot.Answering;

/// <summary>Content stems of a text: tokens less stop words, Porter2-stemmed, distinct and interned.</summary>
public static class TextStems
{
    public static string[] Of(string text) =>
        Tokenizer.Tokenize(text)
            .Where(t => !StopWords.IsStopWord(t.Lower))
            .Select(t => string.Intern(WordStemmer.Stem(t.Lower)))
            .Distinct()
            .ToArray();
}
