using Bot.Core.Model;
using Bot.Core.Text;
using Bot.Retrieval;

namespace Bot.Answering;

/// <summary>
/// The words of the corpus, for spelling correction ("hegseht" → "hegseth") and for telling whether a
/// question's word is something the articles talk about at all.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _wordCounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalized = new(StringComparer.Ordinal);
    private readonly HashSet<string> _corpusWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _properNouns = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _wordsByLength = [];

    public Vocabulary(CorpusSnapshot corpus, IEnumerable<string> extraWords)
    {
        foreach (var sentence in corpus.Sentences)
        {
            var tokens = Tokenizer.Tokenize(sentence.Text);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                Add(token.Lower, countStem: true);
                _corpusWords.Add(token.Lower);
                if (token.IsCapitalized)
                {
                    _capitalized.Add(token.Lower);
                    if (i > 0 && !sentence.IsHeading)
                    {
                        _properNouns.Add(token.Lower);
                    }
                }
            }
        }

        foreach (var word in extraWords)
        {
            Add(word, countStem: false);
        }

        foreach (var word in _wordCounts.Keys)
        {
            if (!_wordsByLength.TryGetValue(word.Length, out var list))
            {
                _wordsByLength[word.Length] = list = [];
            }

            list.Add(word);
        }
    }

    public bool ContainsWord(string lower) => _wordCounts.ContainsKey(lower);

    /// <summary>True when the word occurs in the articles themselves (not only in the bot's word lists).</summary>
    public bool IsInCorpus(string lower) => _corpusWords.Contains(lower);

    /// <summary>True when the corpus writes this word with a capital somewhere (a name, or a sentence start).</summary>
    public bool IsCapitalizedInCorpus(string lower) => _capitalized.Contains(lower);

    /// <summary>True when body text capitalises the word mid-sentence: a name ("Russia", "U.S."), not a sentence start or headline.</summary>
    public bool IsProperNoun(string lower) => _properNouns.Contains(lower);

    /// <summary>True when some corpus sentence uses this stem.</summary>
    public bool ContainsStem(string stem) => _stems.Contains(stem);

    /// <summary>True when the corpus uses the stem or one of its news synonyms.</summary>
    public bool CoversStem(string stem) => _stems.Contains(stem) || SynonymTable.Expand(stem).Any(_stems.Contains);

    /// <summary>
    /// The closest known word, if exactly one is closest. Conservative, because a wrong fix is worse than none
    /// ("place" must not become "peace"): two edits only for words of nine letters or more; for words of four or
    /// five letters only a swap or a dropped extra letter, unless the fix is a name in <paramref name="names"/>.
    /// </summary>
    public string? Correct(string lower, IReadOnlySet<string>? names = null)
    {
        if (lower.Length < 4 || _wordCounts.ContainsKey(lower) || lower.Any(char.IsDigit))
        {
            return null;
        }

        var maxDistance = lower.Length >= 9 ? 2 : 1;
        // "shummer": names are misspelled further than words, and a name is rarely an everyday word one slip away.
        var nameDistance = lower.Length >= 6 ? 2 : maxDistance;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        var ambiguous = false;
        for (var length = lower.Length - nameDistance; length <= lower.Length + nameDistance; length++)
        {
            if (!_wordsByLength.TryGetValue(length, out var words))
            {
                continue;
            }

            foreach (var word in words)
            {
                // Typos rarely touch the first letter; requiring it keeps real words ("praised") from being "fixed" ("raised").
                // Swapped first letters are allowed for names only: "nuclear" is a word, not a typo of "unclear".
                if (word[0] != lower[0] && !(word.Length > 1 && word[0] == lower[1] && word[1] == lower[0] && (names?.Contains(word) ?? false)))
                {
                    continue;
                }

                var allowed = names?.Contains(word) ?? false ? nameDistance : maxDistance;
                var distance = EditDistance.DamerauLevenshtein(lower, word, allowed);
                if (distance > allowed)
                {
                    continue;
                }

                if (lower.Length <= 5 && !(names?.Contains(word) ?? false) && !IsSwapOrExtraLetter(lower, word))
                {
                    continue;
                }

                // "hits" and "truce" are words of their own, not "his" and "true" with a stray letter inside; an ending
                // ("kinds", "described") is only an inflection of the common word.
                if (word.Length < lower.Length && !lower.StartsWith(word, StringComparison.Ordinal) && (StopWords.IsStopWord(word) || GenericWords.Contains(word)))
                {
                    continue;
                }

                var count = _wordCounts[word];
                if (distance < bestDistance || (distance == bestDistance && count > bestCount))
                {
                    ambiguous = distance == bestDistance && count == bestCount;
                    best = word;
                    bestDistance = distance;
                    bestCount = count;
                }
                else if (distance == bestDistance && count == bestCount)
                {
                    ambiguous = true;
                }
            }
        }

        if (ambiguous || best is null)
        {
            return null;
        }

        // An everyday word is what the user meant, unless the fix is the same word without its ending ("kinds",
        // "described") or only a doubled letter differs ("occured", "adress").
        var sameWord = (lower.StartsWith(best, StringComparison.Ordinal) && lower[best.Length..] is "s" or "es" or "d" or "ed" or "n" or "en" or "ing" or "er" or "ers" or "ly" or "'s")
                       || DiffersByDoubledLetter(lower, best);
        return CommonEnglishWords.Contains(lower) && !sameWord ? null : best;
    }

    private static bool DiffersByDoubledLetter(string typed, string word)
    {
        var (longer, shorter) = typed.Length > word.Length ? (typed, word) : (word, typed);
        return longer.Length == shorter.Length + 1
               && Enumerable.Range(1, longer.Length - 1).Any(i => longer[i] == longer[i - 1] && longer.Remove(i, 1) == shorter);
    }

    private static bool IsSwapOrExtraLetter(string typed, string word)
    {
        if (typed.Length == word.Length)
        {
            var diff = Enumerable.Range(0, typed.Length).Where(i => typed[i] != word[i]).ToArray();
            return diff.Length == 2 && diff[1] == diff[0] + 1 && typed[diff[0]] == word[diff[1]] && typed[diff[1]] == word[diff[0]];
        }

        return typed.Length == word.Length + 1 && Enumerable.Range(0, typed.Length).Any(i => typed.Remove(i, 1) == word);
    }

    private void Add(string lower, bool countStem)
    {
        if (lower.Length == 0)
        {
            return;
        }

        _wordCounts[lower] = _wordCounts.GetValueOrDefault(lower) + 1;
        if (countStem && !StopWords.IsStopWord(lower))
        {
            _stems.Add(WordStemmer.Stem(lower));
        }
    }
}
