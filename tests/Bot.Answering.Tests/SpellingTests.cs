namespace Bot.Answering.Tests;

/// <summary>Spelling correction against the corpus: typos are fixed, real words are left alone.</summary>
public sealed class SpellingTests
{
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("bus-fares.md", SyntheticCorpus.BusFares));

    private string Corrected(string word) => QuestionAnalyzer.ToWords(word, _knowledge.Vocabulary, _knowledge.NameWords)[0].Lower;

    [Theory]
    [InlineData("nuclear")] // not "unclear" with its first letters swapped
    [InlineData("hits")] // not "his" with a stray letter
    [InlineData("truce")] // not "true"
    public void ToWords_RealWordCloseToACorpusWord_IsLeftAlone(string word)
    {
        Assert.Equal(word, Corrected(word));
    }

    [Theory]
    [InlineData("suspensoin", "suspension")]
    [InlineData("criticzed", "criticized")]
    [InlineData("kinds", "kind")] // an ending on a common word is still read as that word
    public void ToWords_Typo_IsCorrectedToTheCorpusWord(string typo, string expected)
    {
        Assert.Equal(expected, Corrected(typo));
    }
}
