namespace Bot.Answering.Tests;

/// <summary>Exchanges between two people (a reply, an instruction, a consultation) asked of invented stories.</summary>
public sealed class ExchangeTests
{
    private readonly AnswerEngine _engine = new();

    [Theory]
    [InlineData("what did Ruiz say in response to Becker's criticism?")]
    [InlineData("did ruiz hit back at becker")]
    [InlineData("what did ruiz say back to becker")]
    public void Ask_ReplyBetweenPeopleNeverReportedTogether_AbstainsAndGivesWhatTheFirstSaid(string question)
    {
        var knowledge = SyntheticCorpus.Build(("fares.md", SyntheticCorpus.BusFares));

        var reply = _engine.Ask(question, knowledge);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't report anything Ana Ruiz said about or in response to Tom Becker.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Ruiz denied", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherThePresidentToldTheDeciderToAct_AbstainsWhenTheArticlesNeverLinkThem()
    {
        var knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

        var reply = _engine.Ask("Did Carver tell Park to pause the tariffs?", knowledge);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't report Joe Carver dealing directly with Lena Park.", reply.Text);
    }

    [Fact]
    public void Ask_WhatOnePersonSaidToAnotherTheyClashedWith_IsNotTreatedAsAnUnreportedExchange()
    {
        var knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

        var reply = _engine.Ask("what did Carver say to Hale?", knowledge);

        Assert.DoesNotContain("dealing directly with", reply.Text);
        Assert.DoesNotContain("in response to", reply.Text);
    }
}
