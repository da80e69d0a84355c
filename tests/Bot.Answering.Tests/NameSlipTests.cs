namespace Bot.Answering.Tests;

/// <summary>Names misspelled, split or given the wrong title, and parties who did not decide, asked of an invented story.</summary>
public sealed class NameSlipTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Fact]
    public void Ask_NameMisspelledTwice_IsStillRecognised()
    {
        var reply = _engine.Ask("what did president carvair do", _knowledge);

        Assert.DoesNotContain("don't mention", reply.Text);
        Assert.Contains("Carver", reply.Text);
    }

    [Fact]
    public void Ask_NameTypedAsTwoWords_IsTheNamedPerson()
    {
        var reply = _engine.Ask("did hal e order the pause or was it someone else", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.DoesNotContain("don't mention", reply.Text);
    }

    [Fact]
    public void Ask_WhatLedTheWrongPersonToOrderIt_SaysWhomTheArticlesCredit()
    {
        var reply = _engine.Ask("What led Senator Hale to order the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Trade Secretary Lena Park", reply.Text);
        Assert.Contains("don't say Ruth Hale made it", reply.Text);
    }

    [Theory]
    [InlineData("Was it the State Department that ordered the pause?", "the State Department")]
    [InlineData("did nato order the pause", "NATO")]
    public void Ask_AnInstitutionClaimedToHaveDecided_IsNamedAsTheUserWroteIt(string question, string named)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains($"they don't say {named} made it", reply.Text);
    }

    [Fact]
    public void Ask_WrongTitleWithAPlaceWord_IsNotReadAsAnAbsentPlace()
    {
        var reply = _engine.Ask("What did Secretary of State Park's decision aim to do?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("which secretaries are mentioned?", "Trade Secretary Lena Park")]
    [InlineData("name the foreign prime ministers", "Norwegian Prime Minister Erik Dahl")]
    [InlineData("list the senators mentioned", "Senator Ruth Hale")]
    public void Ask_PeopleByTitle_NamesThemWithTheirTitles(string question, string named)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(named, reply.Text);
        Assert.NotEmpty(reply.Citations);
    }

    [Fact]
    public void Ask_ForeignPresidents_LeavesOutTheHomeCountrysOwn()
    {
        var reply = _engine.Ask("which foreign presidents are mentioned?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't name any foreign presidents", reply.Text);
    }

    [Theory]
    [InlineData("carver paused tariffs against CHINA?? that's huge", "not CHINA")]
    [InlineData("tariffs against norway or against iran? the headline is confusing", "not Iran")]
    [InlineData("why did park pause tariffs on china", "not China")]
    public void Ask_TheDecisionsTargetNamedWrongly_SaysWhomItTargets(string question, string correction)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains($"The articles report it was against Norway, {correction}", reply.Text);
    }

    [Theory]
    [InlineData("did the pause also apply to tariffs against china?")]
    [InlineData("did Norway stop its tariffs against the US in return?")]
    public void Ask_AnotherTargetTooOrTheOtherSidesOwnMeasures_IsNotCorrectedAsAWrongTarget(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.DoesNotContain("The articles report it was against", reply.Text);
    }

    [Theory]
    [InlineData("Was it Senator Hale who signed the order to pause the tariffs?")]
    [InlineData("wait so hale ordered the pause?? why would a senator do that")]
    public void Ask_AClaimedDeciderInACleftOrBeforeAnotherQuestion_IsCorrected(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("don't say Ruth Hale made it", reply.Text);
    }
}
