using Bot.Core.Text;

namespace Bot.Retrieval.Tests;

public sealed class SynonymTableTests
{
    [Fact]
    public void AreSynonyms_PauseAndHaltStems_True()
    {
        Assert.True(SynonymTable.AreSynonyms(WordStemmer.Stem("pause"), WordStemmer.Stem("halt")));
        Assert.True(SynonymTable.AreSynonyms(WordStemmer.Stem("halted"), WordStemmer.Stem("suspension")));
    }

    [Fact]
    public void AreSynonyms_PauseStem_IsPaus()
    {
        Assert.Equal("paus", WordStemmer.Stem("pause"));
        Assert.True(SynonymTable.AreSynonyms("paus", "halt"));
    }

    [Theory]
    [InlineData("pause", "bridge")]
    [InlineData("halt", "governor")]
    [InlineData("criticized", "praised")]
    public void AreSynonyms_UnrelatedStems_False(string a, string b)
    {
        Assert.False(SynonymTable.AreSynonyms(WordStemmer.Stem(a), WordStemmer.Stem(b)));
    }

    [Fact]
    public void AreSynonyms_SameStem_True()
    {
        Assert.True(SynonymTable.AreSynonyms("bridg", "bridg"));
    }

    [Fact]
    public void AreSynonyms_Pairs_Symmetric()
    {
        var halt = WordStemmer.Stem("halt");
        var cease = WordStemmer.Stem("cease");

        Assert.Equal(SynonymTable.AreSynonyms(halt, cease), SynonymTable.AreSynonyms(cease, halt));
        Assert.True(SynonymTable.AreSynonyms(cease, halt));
    }

    [Fact]
    public void Expand_PauseStem_ContainsHaltButNotItself()
    {
        var pause = WordStemmer.Stem("pause");

        var group = SynonymTable.Expand(pause);

        Assert.Contains(WordStemmer.Stem("halted"), group);
        Assert.Contains(WordStemmer.Stem("suspend"), group);
        Assert.DoesNotContain(pause, group);
        Assert.Equal(group.Count, group.Distinct().Count());
    }

    [Fact]
    public void Expand_UnknownStem_Empty()
    {
        Assert.Empty(SynonymTable.Expand("zzyzx"));
    }

    [Fact]
    public void Expand_Usa_IncludesAmerica()
    {
        Assert.Contains(WordStemmer.Stem("america"), SynonymTable.Expand(Tokenizer.UnitedStates));
    }

    [Fact]
    public void Expand_AnyStem_NeverReturnsStopWords()
    {
        foreach (var word in new[] { "pause", "order", "reason", "said", "usa" })
        {
            Assert.DoesNotContain(SynonymTable.Expand(WordStemmer.Stem(word)), StopWords.IsStopWord);
        }
    }
}
