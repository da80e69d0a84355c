namespace Bot.Answering.Tests;

/// <summary>Idioms for deciding and chat-style claims, asked of an invented story.</summary>
public sealed class DecisionIdiomTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Theory]
    [InlineData("who called the shots on the tariff pause?")]
    [InlineData("who greenlit the pause?")]
    [InlineData("who gave the green light to the pause")]
    public void Ask_WhoDecidedInAnIdiom_NamesTheDecider(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("ordered by Trade Secretary Lena Park", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WrongStanceClaimedWithRightThenARemark_CorrectsItWithTheSideTheyTook()
    {
        var reply = _engine.Ask("Hale backed the pause, right? makes sense tbh", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("That isn't what the articles report about Ruth Hale", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("criticized the pause as a gift to importers", StringComparison.Ordinal));
        Assert.DoesNotContain("sense", reply.Text);
    }

    [Fact]
    public void Ask_WhoDecidedAndAYesNoQuestion_AnswersBoth()
    {
        var reply = _engine.Ask("who greenlit it and did Senator Hale criticize it?", _knowledge);

        Assert.Contains(reply.Citations, c => c.Quote.Contains("ordered by Trade Secretary Lena Park", StringComparison.Ordinal));
        Assert.Contains(reply.Citations, c => c.Quote.Contains("criticized the pause as a gift to importers", StringComparison.Ordinal));
    }
}
