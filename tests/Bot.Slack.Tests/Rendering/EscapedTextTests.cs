using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class EscapedTextTests
{
    [Fact]
    public void Truncate_ShortText_IsUnchanged()
    {
        Assert.Equal("a &amp; b", EscapedText.Truncate("a &amp; b", 9));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Truncate_InsideAnEntity_CutsBeforeIt(int maxChars)
    {
        Assert.Equal("abc\u2026", EscapedText.Truncate("abc&amp;def", maxChars));
    }

    [Fact]
    public void Truncate_InsideSurrogatePair_KeepsThePairWhole()
    {
        Assert.Equal("ab\u2026", EscapedText.Truncate("ab\U0001F600cd", 4));
    }
}
