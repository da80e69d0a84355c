namespace Bot.Answering.Tests;

/// <summary>
/// Questions that lean on what came before in the same message, or that wrap the real question in a frame
/// ("has the ministry said ...", "X or Y?"), asked of the invented bus-fares story.
/// </summary>
public sealed class FollowUpAndFrameTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("bus-fares.md", SyntheticCorpus.BusFares));

    [Fact]
    public void Ask_SecondPartSaysHe_MeansThePersonTheFirstPartWasAnsweredWith()
    {
        var reply = _engine.Ask("who criticized the move, and what did he argue?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("leaves the transit budget short", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAnInstitutionSaidHowLong_AnswersHowLong()
    {
        var reply = _engine.Ask("Has the ministry said how long the suspension will last?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("remains unclear", reply.Text);
    }

    [Fact]
    public void Ask_GovernmentPostOfAPerson_GivesTheirTitle()
    {
        var reply = _engine.Ask("What government post does Ruiz hold?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Transport Minister", reply.Text);
    }

    [Theory]
    [InlineData("What is Becker's political background?")]
    [InlineData("What alternative plan did Becker propose?")]
    public void Ask_PersonalHistoryOrAProposalNeverReported_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_WhoArguedAClaimGivenAChoiceOfSides_NamesWhoArguedIt()
    {
        var reply = _engine.Ask("Who argued that it leaves the budget short, the minister or the opposition?", _knowledge);

        Assert.Contains("Tom Becker", reply.Text);
    }

    [Fact]
    public void FindActors_PluralTitle_IsNotReadAsOnePersonsTitle()
    {
        var words = QuestionAnalyzer.ToWords("leaders of which party opposed the suspension", _knowledge.Vocabulary);

        Assert.DoesNotContain(_knowledge.Actors.Find(words), a => a.ByTitle);
        Assert.Contains(_knowledge.Actors.Find(QuestionAnalyzer.ToWords("what did the opposition leader say", _knowledge.Vocabulary)), a => a.Actor.Name == "Tom Becker");
    }

    [Fact]
    public void Ask_AbsentGroupSayingWhatSomeoneElseSaid_NamesWhoSaidIt()
    {
        var reply = _engine.Ask("did the republicans say it leaves the transit budget short?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Tom Becker", reply.Text);
    }

    [Fact]
    public void Ask_WhereTwoPeopleStand_ReportsEachOnesPosition()
    {
        var reply = _engine.Ask("ok so where do ruiz and becker each stand", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("denied", reply.Text);
        Assert.Contains("criticized", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAnyonePushedBackOnTheIdea_ReportsTheDenial()
    {
        var reply = _engine.Ask("did anyone push back on the idea it was political", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ruiz denied", reply.Text);
    }

    [Fact]
    public void Ask_ItsOnesCallNotAnothers_NamesWhoDecided()
    {
        var reply = _engine.Ask("so it's ruiz's call, not becker's?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ana Ruiz", reply.Text);
    }

    [Fact]
    public void Ask_WrongTitleBeforeAName_SaysWhichTitleTheArticlesGive()
    {
        var reply = _engine.Ask("Did Opposition Whip Tom Becker criticize the move?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("identify Tom Becker as Opposition Leader", reply.Text);
    }

    [Fact]
    public void Ask_TitleAndSurnameAsTheSubject_IsThePerson()
    {
        var reply = _engine.Ask("Did Minister Ruiz order the suspension?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ana Ruiz", reply.Text);
    }

    [Theory]
    [InlineData("what district does becker represent")]
    [InlineData("how long has ruiz been transport minister")]
    public void Ask_ConstituencyOrTenure_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_ReportedClaimAboutWhyNotWho_IsCheckedAgainstTheSentencesNotTheDecider()
    {
        var reply = _engine.Ask("I read that the suspension was ordered in response to a strike. Is that what this article says?", _knowledge);

        Assert.DoesNotContain("attribute the decision", reply.Text);
        Assert.Contains("The articles don't say that", reply.Text);
    }

    [Fact]
    public void Ask_ReportedClaimNamingTheWrongDecider_IsCorrected()
    {
        var reply = _engine.Ask("I heard Becker ordered the suspension. True?", _knowledge);

        Assert.Contains("attribute the decision to Transport Minister Ana Ruiz", reply.Text);
    }

    [Fact]
    public void Ask_ThatPersonInTheSecondPart_MeansWhoTheFirstPartNamed()
    {
        var reply = _engine.Ask("Whose directive was it, and what is that person's title?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Transport Minister", reply.Text);
    }

    [Fact]
    public void Ask_WhatArgumentDidAGroupAdvance_ReportsItsArgument()
    {
        var reply = _engine.Ask("What argument did the opposition leader advance against the decision?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("transit budget short", reply.Text);
    }

    [Fact]
    public void Ask_WhetherANamedPersonHoldsAWrongTitle_GivesTheTitleTheArticlesUse()
    {
        var reply = _engine.Ask("Is Tom Becker the transport minister?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Tom Becker is identified in the articles as Opposition Leader", reply.Text);
    }

    [Fact]
    public void Ask_WhereAPersonIsFrom_Abstains()
    {
        var reply = _engine.Ask("which state is tom becker from", _knowledge);

        Assert.True(reply.Abstained);
    }
}
