namespace Bot.Answering.Tests;

/// <summary>A policy stance described by the articles ("a softer stance") is not a statement anyone made.</summary>
public sealed class PolicyStanceTests
{
    private const string PatrolArticle = """
        ---
        title: Navy Halts Offensive Patrols Near the Strait
        ---
        The navy has halted its offensive patrols near the strait, coinciding with Admiral Maya Cole's softer stance toward the coastal states.
        Governor Ben Ortiz criticized the move as naive.
        """;

    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("patrols.md", PatrolArticle));

    [Theory]
    [InlineData("is the patrol halt connected to Cole's softer stance on the coastal states or is that a coincidence")]
    [InlineData("Did the article connect the halt to Cole's softer stance?")]
    public void Ask_WhetherTheDecisionIsTiedToADescribedStance_QuotesTheSentenceThatTiesThem(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("softer stance", StringComparison.Ordinal));
        Assert.DoesNotContain("reaction or statement from the softer", reply.Text);
    }

    [Fact]
    public void Ask_APersonsPositionOnTheDecision_GivesWhatTheySaid()
    {
        var reply = _engine.Ask("what is Ortiz's position on the halt?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("naive", StringComparison.Ordinal));
    }
}
