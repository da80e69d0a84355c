using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Bot.Core.Text;

/// <summary>
/// The English (Porter2) Snowball stemmer, the same one the search index uses, so stems computed here match the
/// terms Lucene stores. Thread-safe: each thread has its own stemmer; results are cached.
/// </summary>
public static class WordStemmer
{
    private static readonly ConcurrentDictionary<string, string> s_cache = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static EnglishStemmer? t_stemmer;

    public static string Stem(string lowerWord)
    {
        if (lowerWord.Length < 3 || char.IsDigit(lowerWord[0]))
        {
            return lowerWord;
        }

        if (s_cache.TryGetValue(lowerWord, out var cached))
        {
            return cached;
        }

        var stemmer = t_stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(lowerWord);
        stemmer.Stem();
        var stem = stemmer.Current;
        if (s_cache.Count < 200_000)
        {
            s_cache.TryAdd(lowerWord, stem);
        }

        return stem;
    }
}
