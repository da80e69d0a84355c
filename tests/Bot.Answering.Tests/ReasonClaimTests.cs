namespace Bot.Answering.Tests;

/// <summary>A reason put to the decision ("because of …", "to punish …"), checked against the reasons an invented story reports.</summary>
public sealed class ReasonClaimTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _tariffs = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Theory]
    [InlineData("did the government pause the tariffs because of the midterm elections?")]
    [InlineData("Park ordered the pause to punish Norway, right?")]
    [InlineData("was the pause ordered because steel prices fell?")]
    public void Ask_DecisionMadeForAReasonTheArticlesDontGive_SaysSoAndGivesTheReportedReason(string question)
    {
        var reply = _engine.Ask(question, _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains("The articles don't give that as the reason. The reasons they report:", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks on a fisheries treaty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("did they pause the tariffs because of the fisheries talks?")]
    [InlineData("was the pause meant to support the treaty talks, or just at the same time?")]
    public void Ask_DecisionMadeForTheReasonTheArticlesGive_IsNotContradicted(string question)
    {
        var reply = _engine.Ask(question, _tariffs);

        Assert.DoesNotContain("don't give that as the reason", reply.Text);
    }

    [Fact]
    public void Ask_DecisionMadeOutOfAPersonalFeeling_AbstainsWithTheReportedReason()
    {
        var reply = _engine.Ask("did Park order the pause because she personally likes Norway?", _tariffs);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't report anyone's personal feelings behind it.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks", StringComparison.Ordinal));
    }
}
