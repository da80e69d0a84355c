namespace Bot.Answering.Tests;

/// <summary>Spelling correction against the corpus: typos are fixed, real words are left alone.</summary>
public sealed class SpellingTests
{
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("bus-fares.md", SyntheticCorpus.BusFares), ("states.md", StatesArticle));

    private const string StatesArticle = """
        ---
        title: States Reach a Conclusion on Road Funds
        ---
        Three states reached a conclusion on road funds, officials said.
        The road fund occurred to be short, and the address of the agency changed.
        """;

    private string Corrected(string word) => QuestionAnalyzer.ToWords(word, _knowledge.Vocabulary, _knowledge.NameWords)[0].Lower;

    [Theory]
    [InlineData("nuclear")] // not "unclear" with its first letters swapped
    [InlineData("hits")] // not "his" with a stray letter
    [InlineData("truce")] // not "true"
    [InlineData("status")] // an everyday word, not "states"
    [InlineData("concession")] // not "conclusion"
    public void ToWords_RealWordCloseToACorpusWord_IsLeftAlone(string word)
    {
        Assert.Equal(word, Corrected(word));
    }

    [Theory]
    [InlineData("suspensoin", "suspension")]
    [InlineData("criticzed", "criticized")]
    [InlineData("kinds", "kind")] // an ending on a common word is still read as that word
    [InlineData("adress", "address")] // a common misspelling with one letter of a double: still a typo
    [InlineData("statse", "states")] // not a word: corrected
    public void ToWords_Typo_IsCorrectedToTheCorpusWord(string typo, string expected)
    {
        Assert.Equal(expected, Corrected(typo));
    }

    [Fact]
    public void CommonEnglishWords_LoadedFromTheTokenizerData_HoldsEverydayWordsButNotTyposOrNames()
    {
        Assert.True(CommonEnglishWords.Count > 10_000);
        Assert.True(CommonEnglishWords.Contains("status"));
        Assert.False(CommonEnglishWords.Contains("statse"));
        Assert.False(CommonEnglishWords.Contains("hegsith"));
    }
}
