using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class StopWordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("us")]
    public void IsStopWord_FunctionWord_True(string word)
    {
        Assert.True(StopWords.IsStopWord(word));
    }

    [Theory]
    [InlineData("governor")]
    [InlineData("usa")]
    [InlineData("not")]
    [InlineData("never")]
    public void IsStopWord_TopicWordOrNegation_False(string word)
    {
        Assert.False(StopWords.IsStopWord(word));
    }

    [Theory]
    [InlineData("not")]
    [InlineData("never")]
    [InlineData("denied")]
    [InlineData("didnt")]
    public void IsNegation_NegatingWord_True(string word)
    {
        Assert.True(StopWords.IsNegation(word));
    }

    [Fact]
    public void IsNegation_PlainWord_False()
    {
        Assert.False(StopWords.IsNegation("agreed"));
    }
}
