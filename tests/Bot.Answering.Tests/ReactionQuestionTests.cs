namespace Bot.Answering.Tests;

/// <summary>Who reacted, said or described what — asked of invented stories.</summary>
public sealed class ReactionQuestionTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _tariffs = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));
    private readonly CorpusKnowledge _fares = SyntheticCorpus.Build(("fares.md", SyntheticCorpus.BusFares));

    private const string PortDelay = """
        ---
        title: Government Delays Port Expansion
        ---
        Prime Minister Alan Moss's administration has delayed the port expansion, officials said.
        The delay was ordered by Transport Secretary Nina Ford.
        Economic Adviser Tim Vale denied that the delay was linked to the election.
        Opposition Leader Sara Quinn criticized the delay as reckless.
        """;

    [Theory]
    [InlineData("how did the administration respond to the criticism?")]
    [InlineData("what has the administration said")]
    public void Ask_WhatTheGovernmentAsABodySaid_GivesWhatItsOfficialsAreReportedSaying(string question)
    {
        var knowledge = SyntheticCorpus.Build(("port.md", PortDelay));

        var reply = _engine.Ask(question, knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report no statement from", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Economic Adviser Tim Vale denied", StringComparison.Ordinal));
        Assert.DoesNotContain(reply.Citations, c => c.Quote.Contains("Sara Quinn", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Who criticized Ruiz's decision?")]
    [InlineData("who slammed the minister's order")]
    [InlineData("what's the case against the suspension")]
    public void Ask_WhoCriticizedTheDecidersDecision_NamesTheCriticNotTheDecider(string question)
    {
        var reply = _engine.Ask(question, _fares);

        Assert.False(reply.Abstained);
        Assert.Contains("Tom Becker", reply.Text);
        Assert.DoesNotContain("the decision came from", reply.Text);
    }

    [Theory]
    [InlineData("why is Park's order controversial?")]
    [InlineData("What are the critics' main arguments against the pause?")]
    public void Ask_WhyTheDecisionIsCriticized_GivesTheCriticismNotTheDecider(string question)
    {
        var reply = _engine.Ask(question, _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Senator Ruth Hale criticized the pause", StringComparison.Ordinal)
                                              || c.Quote.StartsWith("Critics fear the pause", StringComparison.Ordinal));
        Assert.DoesNotContain("don't quote", reply.Text);
    }

    [Fact]
    public void Ask_WhichGroupsRaisedConcerns_ListsThePartiesThatDid()
    {
        var reply = _engine.Ask("Which groups have raised concerns about the pause?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Critics fear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhoDescribedItAsSomething_NamesWhoseWordsThoseAre()
    {
        var reply = _engine.Ask("Who described the pause as a gift to importers?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains("Ruth Hale", reply.Text);
        Assert.DoesNotContain("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_WhoElseIsPushingBack_LeavesOutThePersonNamedAndGivesTheOthers()
    {
        var reply = _engine.Ask("who's pushing back besides Hale?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Critics fear", StringComparison.Ordinal));
        Assert.DoesNotContain(reply.Citations, c => c.Quote.Contains("a gift to importers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatPartsAreUnexplained_GivesWhatTheArticlesLeaveOpen()
    {
        var reply = _engine.Ask("What parts of this decision are still unexplained?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("How long the pause will last is unclear", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Did Hale say when the pause would end?")]
    [InlineData("did Senator Hale reveal who made the decision to pause the tariffs?")]
    public void Ask_WhetherSomeoneDisclosedWhatTheirWordsDontCover_SaysTheArticlesDontReportThemSayingIt(string question)
    {
        var reply = _engine.Ask(question, _tariffs);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't report Ruth Hale saying", reply.Text);
        Assert.DoesNotContain("they don't say Ruth Hale made it", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheDeciderExplainedTheDecision_IsLeftToTheReasons()
    {
        var reply = _engine.Ask("did Park explain why she ordered the pause?", _tariffs);

        Assert.DoesNotContain("don't report Lena Park saying", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheDeciderCriticizedTheirOwnDecision_AnswersNoWithTheDecision()
    {
        var reply = _engine.Ask("Did Park criticize the pause?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No. The articles credit Lena Park with the decision itself:", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheDecisionWasMeantToSupportSomething_IsNotReadAsTakingASide()
    {
        var reply = _engine.Ask("was Park's decision meant to support the fisheries talks?", _tariffs);

        Assert.DoesNotContain("credit Lena Park with the decision itself", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhyArePeopleSayingAClaim_QuotesTheReactionThatSaysIt()
    {
        var reply = _engine.Ask("why are people saying the pause is a gift to importers?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("a gift to importers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhyIsItControversial_GivesTheCriticismAndConcerns()
    {
        var reply = _engine.Ask("Why is the pause so controversial?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("criticized the pause as a gift", StringComparison.Ordinal) || c.Quote.StartsWith("Critics fear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_IsTheDecisionPartOfSomethingElse_IsAnsweredByTheSentenceThatRelatesThem()
    {
        var reply = _engine.Ask("is this decision part of Park's push for a fisheries treaty?", _tariffs);

        Assert.DoesNotContain("the decision came from", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks on a fisheries treaty", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatWasHappeningWhenTheDecisionCame_IsNotReadAsAskingForADate()
    {
        var reply = _engine.Ask("What was happening with the fisheries talks when the government paused?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.DoesNotContain("don't give a date", reply.Text);
    }

    [Theory]
    [InlineData("Did Hale call the pause a smart compromise?")]
    [InlineData("was Hale's objection that it's illegal?")]
    public void Ask_CharacterizationTheCriticNeverGave_AnswersNoWithWhatTheyReportFromThem(string question)
    {
        var reply = _engine.Ask(question, _tariffs);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No. What the articles report from Ruth Hale:", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("a gift to importers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_TwoQuotedCharacterizationsOneReported_GivesTheReportedOne()
    {
        var reply = _engine.Ask("Did Senator Hale call it 'a bailout' or 'a gift to importers'?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report \"a gift to importers\" from Ruth Hale:", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheCriticCalledForSomething_StillAbstains()
    {
        var reply = _engine.Ask("Did Hale call for hearings?", _tariffs);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_ClaimPutToTheWrongSpeaker_NamesTheSpeakerAndWhatTheAskedPersonSaid()
    {
        var reply = _engine.Ask("Did Becker deny the decision was political?", _fares);

        Assert.Contains("they report it from Transport Minister Ana Ruiz", reply.Text);
        Assert.Contains("What they report from Tom Becker:", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("short-term stunt", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_CriticismPutToTheWrongPersonFollowedByWheresThatFrom_NamesWhoItIsReportedFrom()
    {
        var reply = _engine.Ask("Park criticized the pause as a gift to importers - where's that from?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't report that from Lena Park; they report it from Senator Ruth Hale:", reply.Text);
    }

    [Fact]
    public void Ask_ClaimHeardWithIveHeard_IsCheckedAgainstTheArticles()
    {
        var reply = _engine.Ask("I've heard the pause came two weeks before the talks. What does the article say?", _tariffs);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("The pause came two days before", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("How does Park herself explain the pause?")]
    [InlineData("Did Park make a public statement defending the pause?")]
    public void Ask_OwnAccountOfSomeoneWhoTookNoPositionOfTheirOwn_Abstains(string question)
    {
        var reply = _engine.Ask(question, _tariffs);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't report Lena Park's own account of it.", reply.Text);
    }

    [Theory]
    [InlineData("Name the critics who fear the pause could weaken protections.")]
    [InlineData("Which critics fear the pause? Names or affiliations please")]
    public void Ask_NamesOfAnUnnamedGroup_SaysTheArticlesDontNameThem(string question)
    {
        var reply = _engine.Ask(question, _tariffs);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't name the critics.", reply.Text);
    }
}
