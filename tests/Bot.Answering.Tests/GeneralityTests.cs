namespace Bot.Answering.Tests;

/// <summary>The same engine on a story it was never tuned on: an invented article about bus fares.</summary>
public sealed class GeneralityTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("bus-fares.md", SyntheticCorpus.BusFares));

    [Fact]
    public void Ask_WhoOrderedInAnotherStory_NamesThatStorysDecisionMaker()
    {
        var reply = _engine.Ask("who ordered the suspension?", _knowledge);

        Assert.Contains("Ana Ruiz", reply.Text);
        Assert.False(reply.Abstained);
    }

    [Fact]
    public void Ask_TitleWithACountryNeverSaidOfTheHolder_NamesNobody()
    {
        var knowledge = SyntheticCorpus.Build(("summit.md", """
            ---
            title: Summit Planned
            ---
            Officials said President Mara Olsen will host the summit next month.
            Olsen said the summit aims to ease trade tensions.
            """));

        var reply = _engine.Ask("what did the chinese president say?", knowledge);

        Assert.True(reply.Abstained);
        Assert.DoesNotContain("Olsen", reply.Text);
    }

    [Fact]
    public void Ask_WhyInAnotherStory_GivesTheStatedPurpose()
    {
        var reply = _engine.Ask("why was it suspended?", _knowledge);

        Assert.Contains("ease pressure on commuters", reply.Text);
    }

    [Fact]
    public void Ask_CriticInAnotherStory_ReportsTheCriticism()
    {
        var reply = _engine.Ask("what did becker say", _knowledge);

        Assert.Contains("criticized the move", reply.Text);
    }

    [Fact]
    public void Ask_DurationInAnotherStory_SaysItIsUnclear()
    {
        var reply = _engine.Ask("how long will the suspension last?", _knowledge);

        Assert.Contains("unclear", reply.Text);
    }

    [Fact]
    public void Ask_AbsentPersonInAnotherStory_Abstains()
    {
        var reply = _engine.Ask("what did the mayor say?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_TwoArticles_CitesTheArticleThatAnswers()
    {
        var knowledge = SyntheticCorpus.Build(("bus-fares.md", SyntheticCorpus.BusFares), ("halt.md", File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "halt-cyber-ops.md"))));

        var bus = _engine.Ask("who ordered the bus fare suspension?", knowledge);
        var cyber = _engine.Ask("what did schumer say about the cyber halt?", knowledge);

        Assert.All(bus.Citations, c => Assert.Equal("bus-fares", c.ArticleId));
        Assert.All(cyber.Citations, c => Assert.Equal("halt", c.ArticleId));
    }

    [Fact]
    public void Ask_UnnamedOrganizationInAnotherStory_SaysTheArticlesDoNotMentionIt()
    {
        var reply = _engine.Ask("how did the EU respond to the suspension?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("EU", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheSuspensionWasLiftedInAnotherStory_Abstains()
    {
        var reply = _engine.Ask("has the suspension been lifted yet?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_AcronymInCapitals_IsNotSpellCorrectedIntoACorpusWord()
    {
        var reply = _engine.Ask("what did the OPEC say about the fares?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.DoesNotContain("open", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ask_YesNoNamingTheWrongDecider_AnswersWithWhoTheArticlesSayDecided()
    {
        var reply = _engine.Ask("did Becker sign the order to suspend the fare increase?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ana Ruiz", reply.Text);
    }

    [Fact]
    public void Ask_PremiseGivingOnePersonAnothersTitle_IsCorrectedWithBothRoles()
    {
        var reply = _engine.Ask("Becker is the transport minister, right?", _knowledge);

        Assert.Contains("Tom Becker as Opposition Leader", reply.Text);
        Assert.Contains("Ana Ruiz", reply.Text);
    }

    [Fact]
    public void Ask_YesNoAboutAStatementMadeBySomeoneElse_NamesWhoMadeIt()
    {
        var reply = _engine.Ask("did Becker deny the decision was political?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ana Ruiz", reply.Text);
        Assert.Contains("denied that the decision was political", reply.Text);
    }

    [Fact]
    public void Ask_WhichNameableThingsTheArticlesNeverName_Abstains()
    {
        var reply = _engine.Ask("which bus companies pushed for the increase?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_WhenAPersonSpokeWithoutADateInTheArticles_Abstains()
    {
        var reply = _engine.Ask("when exactly did Becker criticize it?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_CareerBeforeTheRole_Abstains()
    {
        var reply = _engine.Ask("what did Ruiz do before she became minister?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_OutletWhenFrontMatterHasOne_AnswersFromIt()
    {
        var knowledge = SyntheticCorpus.Build(("bus-fares.md", SyntheticCorpus.BusFares.Replace("title: City Suspends Bus Fare Increase", "title: City Suspends Bus Fare Increase\noutlet: Metro Daily")));

        var reply = _engine.Ask("which outlet published this?", knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Metro Daily", reply.Text);
    }

    [Fact]
    public void Ask_AuthorNotRecorded_SaysSoAndAbstains()
    {
        var reply = _engine.Ask("who wrote this article?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("doesn't record its author", reply.Text);
    }

    private const string LibraryHours = """
        ---
        title: Libraries Cut Evening Hours
        ---
        Culture Minister Ida Holm ordered the libraries to close at six, officials said.
        Officials said the order aims to cut heating costs over the winter.
        The reason for closing at six rather than eight has not been made public.
        Librarians fear the cut could leave students without a place to study.
        """;

    [Fact]
    public void Ask_BareWorryQuestionWithNoTopicWords_ReportsTheWorries()
    {
        var reply = _engine.Ask("why r ppl worried about this", SyntheticCorpus.Build(("libraries.md", LibraryHours)));

        Assert.False(reply.Abstained);
        Assert.Contains("Librarians fear", reply.Text);
    }

    [Fact]
    public void Ask_BareRationaleQuestion_GivesThePurposeAndWhatIsNotPublic()
    {
        var reply = _engine.Ask("what is the rationale?", SyntheticCorpus.Build(("libraries.md", LibraryHours)));

        Assert.False(reply.Abstained);
        Assert.Contains("cut heating costs", reply.Text);
        Assert.Contains("has not been made public", reply.Text);
    }
}
