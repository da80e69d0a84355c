namespace Bot.Answering.Tests;

/// <summary>How firmly the articles put something — stated, reported, hedged, or merely side by side — asked of an invented story.</summary>
public sealed class CertaintyTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _tariffs = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Fact]
    public void Ask_WhetherAForecastIsFactOrPossibility_SaysItIsPresentedAsAPossibility()
    {
        var reply = _engine.Ask("Is the weakening of protections for steelworkers an established fact or a possibility?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles present it as a possibility", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Critics fear the pause could weaken", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherTheDecisionIsFactOrRumor_SaysItIsReportedFromItsSources()
    {
        var reply = _engine.Ask("Is the tariff pause itself presented as fact, or as a rumor?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report it as what happened, attributing it to their sources", reply.Text);
    }

    [Theory]
    [InlineData("did the pause cause the fisheries talks to reopen?")]
    [InlineData("is the article claiming the pause CAUSED the talks to reopen?")]
    public void Ask_WhetherOneEventCausedAnotherPlacedBesideIt_SaysTheArticlesDontSaySo(string question)
    {
        var reply = _engine.Ask(question, _tariffs);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No. The articles don't say one caused the other", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("The pause came two days before", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherTheArticleAssertsACriticsCharge_SaysItIsTheCriticsCharge()
    {
        var knowledge = SyntheticCorpus.Build(("fares.md", SyntheticCorpus.BusFares));

        var reply = _engine.Ask("Does the article itself assert that the suspension leaves the transit budget short?", knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report it as a charge made by critics", reply.Text);
    }
}
