namespace Bot.Answering.Tests;

/// <summary>Titles nobody holds, counts of titled people, and parties the articles never quote — in an invented story.</summary>
public sealed class TitleAndPartyTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Fact]
    public void Ask_WhoHoldsATitleNobodyInTheArticlesHolds_SaysTheyDontNameThem()
    {
        var reply = _engine.Ask("Who is the US Secretary of State?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't name the secretary of state", reply.Text);
    }

    [Fact]
    public void Ask_WhoHoldsATitleSomeoneHolds_NamesThem()
    {
        var reply = _engine.Ask("who is the trade secretary?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_HowManyOfATitleAreNamed_CountsThemAndNamesThem()
    {
        var reply = _engine.Ask("How many ministers are named in the article?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles name one minister:", reply.Text);
        Assert.Contains("Erik Dahl", reply.Text);
    }

    [Theory]
    [InlineData("Did Norway welcome the pause?", "Norway")]
    [InlineData("What did Norwegian officials say about the pause?", "Norwegian officials")]
    public void Ask_ReactionOfAPartyTheArticlesNeverQuote_SaysTheyReportNone(string question, string party)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains($"don't report any reaction or statement from {party}", reply.Text);
    }

    [Fact]
    public void Ask_KeywordQueryWhoseTopicTheArticlesNeverUse_SaysTheyDontMentionIt()
    {
        var reply = _engine.Ask("ohio steelworkers layoffs", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't mention layoffs", reply.Text);
    }

    [Fact]
    public void Ask_KeywordQueryOnATopicTheArticlesCover_IsAnswered()
    {
        var reply = _engine.Ask("ohio steelworkers protections", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("protections aimed at steelworkers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Is Carver planning a meeting with Macron according to this article?")]
    [InlineData("Is Carver planning a meeting with Macron, per the story?")]
    public void Ask_WrongPartyInAReportedEventWithASourceNote_NamesThePartyTheArticlesGive(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't mention Macron; they name Erik Dahl there:", reply.Text);
    }

    [Theory]
    [InlineData("What's the difference between Park's role and Hale's role here?")]
    [InlineData("compare Park and Hale")]
    public void Ask_TwoPeoplesRolesCompared_GivesEachRole(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Trade Secretary", reply.Text);
        Assert.Contains("Senator", reply.Text);
    }

    [Fact]
    public void Ask_RoleOfSomeoneTheArticlesNeverName_AbstainsRatherThanDescribingAnotherPerson()
    {
        var reply = _engine.Ask("What was Vice President Marsh's role in the clash with Hale?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.DoesNotContain("the U.S. President they name is", reply.Text);
        Assert.DoesNotContain("is identified in the articles as", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheSourcesAreNamed_AnswersNoWhereTheyAreTheSource()
    {
        var reply = _engine.Ask("Is the report sourced to named officials?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No. The articles don't name the officials:", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("officials said", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_HasTheLengthBeenSet_GivesWhatIsKnownOfTheDuration()
    {
        var reply = _engine.Ask("Has the length of the pause been set?", _knowledge);

        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("How long the pause will last is unclear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatWasHaltedWithGuessesOffered_GivesWhatWasHalted()
    {
        var reply = _engine.Ask("What exactly was paused — fishing quotas, steel subsidies, or something else?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has paused its tariffs against Norway", StringComparison.Ordinal));
    }
}
