using Bot.Answering.Verification;

namespace Bot.Answering.Tests.Verification;

public class ModelAnswerParserTests
{
    [Fact]
    public void MarkerAfterFullStop_Parse_BelongsToTheSentenceBefore()
    {
        var claims = ModelAnswerParser.Parse("Hegseth issued the directive. [2] Waltz denied it was premeditated [3].");

        Assert.Equal(2, claims.Count);
        Assert.Equal("Hegseth issued the directive.", claims[0].Text);
        Assert.Equal([2], claims[0].Markers);
        Assert.Equal([3], claims[1].Markers);
    }

    [Theory]
    [InlineData("It was halted [1, 3].", new[] { 1, 3 })]
    [InlineData("It was halted [1][2].", new[] { 1, 2 })]
    [InlineData("It was halted [2-4].", new[] { 2, 3, 4 })]
    [InlineData("It was halted [1; 2 and 5].", new[] { 1, 2, 5 })]
    [InlineData("It was halted.", new int[0])]
    public void MarkerGroups_Parse_ExpandToPassageNumbers(string text, int[] expected)
    {
        var claim = Assert.Single(ModelAnswerParser.Parse(text));

        Assert.Equal(expected, claim.Markers);
        Assert.Equal("It was halted.", claim.Text);
    }

    [Fact]
    public void BulletedLines_Parse_KeepEachItemAndMarkIt()
    {
        var claims = ModelAnswerParser.Parse("Who is involved:\n- **Pete Hegseth** issued the directive [1]\n* Mike Waltz denied premeditation [2]");

        Assert.Equal(3, claims.Count);
        Assert.False(claims[0].Bullet);
        Assert.True(claims[1].Bullet);
        Assert.Equal("Pete Hegseth issued the directive", claims[1].Text);
        Assert.Equal([2], claims[2].Markers);
    }

    [Fact]
    public void HugeRange_Parse_IsCapped()
    {
        var claim = Assert.Single(ModelAnswerParser.Parse("Everything [1-100000]."));

        Assert.True(claim.Markers.Count <= 10);
    }
}
