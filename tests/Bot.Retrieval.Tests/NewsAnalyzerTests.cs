using Bot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Tokenizer = Bot.Core.Text.Tokenizer;

namespace Bot.Retrieval.Tests;

public sealed class NewsAnalyzerTests
{
    private static List<(string Term, int Start, int End)> Analyze(Analyzer analyzer, string text)
    {
        var result = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(CorpusIndex.TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    [Fact]
    public void Analyze_Sentence_SameStemsAsWordStemmerOverTokenizer()
    {
        // Its only function words ("the", "of", "to", "on") are in the index's stop list too.
        const string sentence = "Governor Jane Alvarez's aides suspended the state's fuel taxes on U.S. highways, citing rising prices of diesel to farmers.";
        using var analyzer = new NewsAnalyzer();

        var terms = Analyze(analyzer, sentence).Select(t => t.Term);

        var expected = Tokenizer.Tokenize(sentence)
            .Select(t => t.Lower)
            .Where(w => !StopWords.IsStopWord(w))
            .Select(WordStemmer.Stem);
        Assert.Equal(expected, terms);
    }

    [Fact]
    public void Analyze_Sentence_CountryAndPossessiveNormalized()
    {
        using var analyzer = new NewsAnalyzer();

        var terms = Analyze(analyzer, "Ruiz\u2019s rail plan for the U.S. and the US").Select(t => t.Term).ToArray();

        Assert.Equal(["ruiz", "rail", "plan", Tokenizer.UnitedStates, Tokenizer.UnitedStates], terms);
    }

    [Fact]
    public void Analyze_Inflections_SameTerm()
    {
        using var analyzer = new NewsAnalyzer();

        var terms = Analyze(analyzer, "halted halting halts").Select(t => t.Term).Distinct().ToArray();

        Assert.Equal([WordStemmer.Stem("halt")], terms);
    }

    [Fact]
    public void Analyze_Sentence_OffsetsPointAtOriginalWords()
    {
        const string sentence = "Transport Minister Ana Ruiz ordered the suspension.";
        using var analyzer = new NewsAnalyzer();

        var tokens = Analyze(analyzer, sentence);

        Assert.Equal(
            ["Transport", "Minister", "Ana", "Ruiz", "ordered", "suspension"],
            tokens.Select(t => sentence[t.Start..t.End]));
    }

    [Fact]
    public void Analyze_TwoTextsWithOneAnalyzer_SecondNotMixedWithFirst()
    {
        using var analyzer = new NewsAnalyzer();

        Analyze(analyzer, "Governor Jane Alvarez suspended the fuel tax.");
        var second = Analyze(analyzer, "Refiners objected.").Select(t => t.Term).ToArray();

        Assert.Equal([WordStemmer.Stem("refiners"), WordStemmer.Stem("objected")], second);
    }
}
