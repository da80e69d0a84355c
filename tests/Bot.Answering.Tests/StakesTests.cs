namespace Bot.Answering.Tests;

/// <summary>Who gains and who loses from a decision, asked of invented stories that report it only as claims.</summary>
public sealed class StakesTests
{
    private readonly AnswerEngine _engine = new();

    [Theory]
    [InlineData("who benefits?")]
    [InlineData("who gains from the pause")]
    [InlineData("who stands to benefit here")]
    public void Ask_WhoGains_QuotesTheClaimThatSomeoneGains(string question)
    {
        var reply = _engine.Ask(question, SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs)));

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("a gift to importers", StringComparison.Ordinal));
        Assert.DoesNotContain(reply.Citations, c => c.Quote.Contains("ordered by Trade Secretary", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("who loses?")]
    [InlineData("who gets hurt by this")]
    public void Ask_WhoLoses_QuotesTheFearThatSomethingSuffers(string question)
    {
        var reply = _engine.Ask(question, SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs)));

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("could weaken protections aimed at steelworkers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhoGains_WhenNoOneClaimsAGain_SaysTheArticlesDontSay()
    {
        var reply = _engine.Ask("who benefits from this?", SyntheticCorpus.Build(("fares.md", SyntheticCorpus.BusFares)));

        Assert.True(reply.Abstained);
        Assert.Contains("don't say who gains", reply.Text);
    }
}
