namespace Bot.Answering.Tests;

/// <summary>"Has anyone said publicly why?": whether a decision's reasons were made public, asked of an invented story.</summary>
public sealed class RationaleDisclosureTests
{
    private const string FerryArticle = """
        ---
        title: Port Authority Halts Night Ferry Service
        ---
        The port authority has halted its night ferry service to the islands, officials said.
        The directive, issued by Harbor Commissioner Dana Holt, aims to free crews for repairs to the main pier.
        The reasoning behind the halt has not been made public, and how long it will last is unclear.
        Island Mayor Sam Ortiz criticized the move as a blow to night-shift workers.
        """;

    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("ferry.md", FerryArticle));

    [Theory]
    [InlineData("Has the port authority said publicly why it halted the ferries?")]
    [InlineData("has the port authority even explained WHY? or is it all hush hush lol")]
    [InlineData("bet they dropped a full memo explaining it. link?")]
    [InlineData("did Holt explain her reasoning?")]
    public void Ask_WhetherTheReasonsWereMadePublic_QuotesThatTheyWereNot(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has not been made public", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ReasonsGivenAtAnUnreportedVenue_Abstains()
    {
        var reply = _engine.Ask("did Holt explain her reasoning at a press conference?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Theory]
    [InlineData("my boss says the port authority put out a press release explaining exactly why they halted the ferries. is that right?")]
    [InlineData("someone in the thread said Holt published a memo explaining the reasons. accurate?")]
    public void Ask_HearsayThatTheReasonsWereReleased_AnswersNoWithWhatTheArticlesSay(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has not been made public", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_HeardClaimFollowedByADashedCheck_ChecksTheClaim()
    {
        var reply = _engine.Ask("heard in the sync that Mayor Ortiz criticized the move - is that actually in there?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles do report", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("a blow to night-shift workers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_PoliteRequestToSummariseAnExplanationClaimedToBePublic_CorrectsTheClaim()
    {
        var reply = _engine.Ask("The article says the authority publicly explained its reasoning for the halt; would you be kind enough to summarise that explanation for me?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.DoesNotContain("Sorry", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has not been made public", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ThingsTheArticleSaysRemainUnknown_ListsTheUnknowns()
    {
        var reply = _engine.Ask("Could you set out, for an elderly reader, the things that the article explicitly says remain unknown or undisclosed?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has not been made public", StringComparison.Ordinal));
    }
}
