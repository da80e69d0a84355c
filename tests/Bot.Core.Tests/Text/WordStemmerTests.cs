using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class WordStemmerTests
{
    [Fact]
    public void Stem_InflectionsOfHalt_ShareOneStem()
    {
        var stems = new[] { "halt", "halted", "halting", "halts" }.Select(WordStemmer.Stem).Distinct().ToArray();

        Assert.Equal(["halt"], stems);
    }

    [Fact]
    public void Stem_InflectionsOfSuspend_ShareOneStem()
    {
        Assert.Equal(WordStemmer.Stem("suspend"), WordStemmer.Stem("suspended"));
        Assert.Equal(WordStemmer.Stem("suspend"), WordStemmer.Stem("suspending"));
    }

    [Fact]
    public void Stem_UnrelatedWords_DifferentStems()
    {
        Assert.NotEqual(WordStemmer.Stem("halted"), WordStemmer.Stem("hailed"));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("an")]
    [InlineData("1990s")]
    [InlineData("2025")]
    public void Stem_ShortWordOrNumber_ReturnedUnchanged(string word)
    {
        Assert.Equal(word, WordStemmer.Stem(word));
    }

    [Fact]
    public void Stem_CalledTwice_ReturnsSameStem()
    {
        Assert.Equal(WordStemmer.Stem("criticized"), WordStemmer.Stem("criticized"));
        Assert.Equal("critic", WordStemmer.Stem("criticized"));
    }

    [Fact]
    public void Stem_ManyThreads_AgreeWithSingleThread()
    {
        var words = new[] { "operations", "suspension", "governors", "criticized", "pausing", "diplomatic", "ordered" };
        var expected = words.Select(WordStemmer.Stem).ToArray();

        var results = new string[64][];
        Parallel.For(0, results.Length, i => results[i] = words.Select(WordStemmer.Stem).ToArray());

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
