namespace Bot.Answering.Tests;

/// <summary>A question that turns the decision's key word into its opposite, asked of an invented story.</summary>
public sealed class ReversedDetailTests
{
    private const string PatrolArticle = """
        ---
        title: Navy Halts Offensive Patrols Near the Strait
        ---
        The navy has halted its offensive patrols near the strait, officials said.
        The order, issued by Fleet Admiral Maya Cole, aims to calm talks with the coastal states.
        """;

    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("patrols.md", PatrolArticle));

    [Fact]
    public void Ask_WhyTheOppositeWasHaltedInCapitals_QuotesTheLeadFirst()
    {
        var reply = _engine.Ask("why did Cole stop the DEFENSIVE patrols", _knowledge);

        Assert.StartsWith("The articles report it the other way round:", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("offensive patrols", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_StoppedDefending_QuotesTheLeadFirst()
    {
        var reply = _engine.Ask("so the navy stopped defending the strait?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report it the other way round:", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("offensive patrols", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhichOfTheOppositeThingsWereCut_AnswersWithTheCorrection()
    {
        var reply = _engine.Ask("Which defensive patrol routes got cut by the order?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report it the other way round:", reply.Text);
    }

    [Theory]
    [InlineData("Is the navy defending this at all, or just silent?")]
    [InlineData("who is defending the decision?")]
    public void Ask_WhoDefendsTheDecision_IsNotReadAsTheOppositeOfOffensive(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.DoesNotContain("other way round", reply.Text);
    }
}
