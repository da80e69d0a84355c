namespace Bot.Answering.Tests;

/// <summary>When and how-long questions about an invented story whose decision shares a sentence with an older event.</summary>
public sealed class TimingTests
{
    private const string ParkingArticle = """
        ---
        title: City Suspends Downtown Parking Fees
        ---
        The city council has suspended its parking fees downtown, officials said.
        The order, issued by Mayor Ana Ruiz, aims to help shops recover from the flood that struck over two years ago.
        The suspension reportedly came prior to a tense budget hearing at City Hall.
        How long the suspension will last remains unclear.
        """;

    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("parking.md", ParkingArticle));

    [Theory]
    [InlineData("when was the suspension ordered?")]
    [InlineData("when did it happen")]
    [InlineData("when did the mayor issue the order")]
    public void Ask_WhenTheDecisionHappened_QuotesTheDecisionsTimeCueNotAnOlderEventsCue(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("prior to a tense budget hearing", StringComparison.Ordinal));
        Assert.DoesNotContain(reply.Citations, c => c.Quote.Contains("two years ago", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhenTheOlderEventHappened_QuotesItsOwnCue()
    {
        var reply = _engine.Ask("when did the flood happen?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("two years ago", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("so when does the suspension end")]
    [InlineData("when is the suspension supposed to be lifted?")]
    public void Ask_WhenTheDecisionEnds_AnswersHowLongItLasts(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("remains unclear", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("have the shops recovered since the suspension?")]
    [InlineData("did the shops recover after the suspension")]
    [InlineData("has another flood struck since the order")]
    public void Ask_WhatHappenedAfterTheDecision_WhenNoSentenceReportsIt_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_AnEventTheArticlesPlaceAfterTheDecision_IsAnswered()
    {
        var reply = _engine.Ask("was there a budget hearing after the suspension?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("prior to a tense budget hearing", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WasTheDecisionRaisedAtAnEventItCameBefore_AbstainsWithoutReorderingIt()
    {
        var reply = _engine.Ask("was the suspension brought up during the budget hearing?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.DoesNotContain("place the decision before", reply.Text);
    }

    [Theory]
    [InlineData("Why did the mayor suspend the fees after the budget showdown?")]
    [InlineData("after the budget hearing Ruiz suspended the fees. why did she wait?")]
    public void Ask_WhyTheDecisionCameAfterAnEventItPreceded_CorrectsTheOrder(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.StartsWith("The articles place the decision before that:", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("prior to a tense budget hearing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("any idea when the tariff pause ends")]
    [InlineData("anyone know if the pause is gonna end soon")]
    [InlineData("when will the tariffs against norway resume?")]
    public void Ask_WhenItEndsAskedAround_GivesWhatTheArticlesSayOfHowLongItLasts(string question)
    {
        var reply = _engine.Ask(question, SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs)));

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("How long the pause will last is unclear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherItCameBeforeOrAfterAnEvent_QuotesTheOrderTheArticlesGive()
    {
        var reply = _engine.Ask("did the parking fee suspension happen before or after that budget hearing?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("prior to a tense budget hearing", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhenAPlannedMeetingIsSupposedToHappen_AbstainsForWantOfADate()
    {
        var reply = _engine.Ask("when's the carver dahl meeting supposed to happen", SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs)));

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't give a date or time for that.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("planning a meeting with Norwegian Prime Minister Erik Dahl", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ShoutingMatch_IsReadAsTheReportedClash()
    {
        var reply = _engine.Ask("did Carver and Hale have a shouting match?", SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs)));

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Carver clashed with Senator Ruth Hale", StringComparison.Ordinal));
    }
}
