namespace Bot.Answering.Tests;

/// <summary>How other events will turn out — which news reports as aims and fears, not outcomes — asked of an invented story.</summary>
public sealed class OutcomeTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Theory]
    [InlineData("will the fisheries talks succeed?")]
    [InlineData("will the treaty talks work out tho")]
    [InlineData("will the meeting with Dahl actually go ahead?")]
    public void Ask_WillAnotherEventTurnOutWell_AbstainsAndQuotesWhatTheArticlesSayOfTheFuture(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't say how that will turn out", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("remains to be seen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("did the fisheries talks succeed?")]
    [InlineData("did the talks end in a treaty")]
    [InlineData("what was the outcome of the talks?")]
    public void Ask_HowAProcessDescribedAsOngoingTurnedOut_AbstainsAndQuotesThatItIsUnderWay(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't report how the", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("ongoing talks", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Is Carver going to travel to Norway?")]
    [InlineData("Will the pause be reviewed after Carver meets Dahl?")]
    public void Ask_WhetherAnUnreportedActWillHappen_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_WhetherTalksAreStallingOrOngoing_DoesNotTreatTheOptionAsAnOutcome()
    {
        var reply = _engine.Ask("are the fisheries talks stalling or ongoing?", _knowledge);

        Assert.DoesNotContain("don't report how the", reply.Text);
    }

    [Fact]
    public void Ask_HowTalksTurnedOutWhenTheArticlesReportTheOutcome_DoesNotCallThemUnderWay()
    {
        var knowledge = SyntheticCorpus.Build(("talks.md", """
            ---
            title: Fisheries Talks Collapse
            ---
            Trade Secretary Lena Park paused the tariffs amid ongoing talks with Norway.
            The talks collapsed on Friday after a dispute over quotas.
            """));

        var reply = _engine.Ask("did the talks succeed?", knowledge);

        Assert.DoesNotContain("still under way", reply.Text);
    }

    [Fact]
    public void Ask_DoesTheArticleSayHowItWillTurnOut_AnswersThatItLeavesItOpen()
    {
        var reply = _engine.Ask("does the article say whether the talks will succeed?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("remains to be seen", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WillTheDecisionHurtSomeone_GivesTheFearTheArticlesReport()
    {
        var reply = _engine.Ask("will the pause hurt steelworkers?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("steelworkers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("did the government also pause the treaty talks?")]
    [InlineData("canada also paused tariffs?")]
    public void Ask_WhetherSomethingElseWasAlsoHalted_SaysTheArticlesReportOnlyTheOneHalt(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't report that anything else was halted.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has paused its tariffs against Norway", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherTheReportedHaltAlsoHappened_IsAnswered()
    {
        var reply = _engine.Ask("did they also pause the tariffs against Norway?", _knowledge);

        Assert.False(reply.Abstained);
    }
}
