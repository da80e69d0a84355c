namespace Bot.Answering.Tests;

/// <summary>
/// Messages that ask several things at once, or wrap a question in chat, asked of an invented story: each part is
/// answered from the articles or said to be missing, and the message counts as answered when any part is.
/// </summary>
public sealed class MultiPartMessageTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Fact]
    public void Ask_AnsweredPartAndUnreportedPart_AnswersOneAndSaysTheOtherIsMissing()
    {
        var reply = _engine.Ask("who ordered the pause, and how many steelworkers lost their jobs?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains("don't give that figure", reply.Text);
    }

    [Fact]
    public void Ask_WhenOfAnUnreportedEvent_StaysAnAbstention()
    {
        var reply = _engine.Ask("will congress hold hearings on the pause, and when?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.DoesNotContain("two days before", reply.Text);
    }

    [Fact]
    public void Ask_WherePlannedMeetingIsSupposedToBe_SaysThePlaceIsNotGiven()
    {
        var reply = _engine.Ask("where is Carver supposed to meet Dahl?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't say where", reply.Text);
    }

    [Theory]
    [InlineData("ok what's the conclusion at the end")]
    [InlineData("where does the article leave things at the end")]
    public void Ask_HowTheArticleEnds_QuotesItsLastSentence(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("How long the pause will last is unclear", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("so is this gonna work out or what lol")]
    [InlineData("is the pause permanent? asking seriously")]
    public void Ask_OutlookWithChatFiller_GivesWhatTheArticlesSayIsUnclear(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("unclear", reply.Text);
    }

    [Fact]
    public void Ask_WhichPeopleTheArticleNames_ListsThem()
    {
        var reply = _engine.Ask("which people does the article actually name?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains("Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhoReactedByName_GivesNamedPeopleNotUnnamedCritics()
    {
        var reply = _engine.Ask("who is on record by name reacting to the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ruth Hale", reply.Text);
        Assert.DoesNotContain("Critics fear", reply.Text);
    }
}
