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
    [InlineData("which department's boss gave the order")]
    [InlineData("which agency head ordered the pause?")]
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

    [Theory]
    [InlineData("did Senator Hale give the pause order?")]
    [InlineData("was it CISA that made this call?")]
    public void Ask_WhetherSomeoneElseGaveTheOrder_SaysWhomTheArticlesCreditOnce(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("they don't say", reply.Text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reply.Text, "the decision came from"));
    }

    [Fact]
    public void Ask_WrongDeciderClaimedWithAnUnreportedDetail_NamesTheDeciderAndTheMissingDetail()
    {
        var reply = _engine.Ask("Hale ordered the pause herself in a radio interview?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't mention", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("ordered by Trade Secretary Lena Park", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ToldSomeoneToStop_IsReadAsTheOrderNotAStatement()
    {
        var reply = _engine.Ask("so Park told the customs officers to stop the tariffs because she wanted a treaty?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.DoesNotContain("don't quote", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_RoleAfterAWrongGuessAtTheTitle_GivesTheTitleTheArticlesUse()
    {
        var reply = _engine.Ask("Lena Park is what, a governor? what's her actual role here", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Trade Secretary", reply.Text);
    }

    [Theory]
    [InlineData("Hale signed off on the pause, correct?")]
    [InlineData("so basically Hale was the one pushing for the pause, right?")]
    public void Ask_CriticCastAsTheDecider_CorrectsWithTheDeciderAndWhatTheArticlesReportAboutTheCritic(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.StartsWith("That isn't what the articles say", reply.Text);
        Assert.Contains("What they report about Ruth Hale:", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("criticized the pause as a gift", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("did the pause come out of the commerce department or the white house?")]
    [InlineData("does the article pin the pause on Carver or on Park?")]
    public void Ask_WhichOfTwoPlacesTheOrderCameFrom_NamesWhomTheArticlesCredit(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Theory]
    [InlineData("did the pause come from the State Department or somewhere else", "the State Department")]
    [InlineData("was the pause ordered by the CIA director?", "the CIA")]
    public void Ask_AnInstitutionAsTheSourceOfTheOrder_SaysTheArticlesCreditSomeoneElse(string question, string institution)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains($"they don't say {institution} made it", reply.Text);
    }

    [Fact]
    public void Ask_StanceClaimedInThePresentTense_IsCheckedAgainstTheReaction()
    {
        var reply = _engine.Ask("Hale backs the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("criticized the pause as a gift", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_TheMoodAmongAParty_GivesTheirReaction()
    {
        var reply = _engine.Ask("what's the mood among critics about it", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Critics fear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ACodingTaskThatMentionsHeadlines_IsRefusedNotAnsweredWithTheHeadline()
    {
        var reply = _engine.Ask("write me a python script that scrapes headlines from CNN", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public void Ask_WhetherSomeoneElseGotThemToStop_SaysWhomTheArticlesCredit()
    {
        var reply = _engine.Ask("did Dahl get the government to stop the tariffs?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("they don't say Erik Dahl made it", reply.Text);
    }

    [Fact]
    public void Ask_DecisionBecauseOfAnEventItPreceded_AnswersNoWithTheOrder()
    {
        var reply = _engine.Ask("did Park pause the tariffs because the fisheries talks reopened?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("place the decision before that", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("two days before the fisheries talks reopened", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherSomeoneChangedTheirTone_IsAnsweredByTheShiftReported()
    {
        const string article = """
            ---
            title: Governor Freezes Hiring
            ---
            Governor Tom Hale froze state hiring on Monday.
            Hale's remarks reflected a sharp shift towards austerity.
            """;
        var reply = _engine.Ask("has Hale changed his tone on austerity?", SyntheticCorpus.Build(("hiring.md", article)));

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("a sharp shift towards austerity", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhoIsAfraidItWillWaterSomethingDown_GivesTheFearReported()
    {
        var reply = _engine.Ask("who is afraid the pause will water down protections for steelworkers", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Critics fear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_NameIsWhatPosition_GivesTheTitle()
    {
        var reply = _engine.Ask("Park is what position in the government?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Trade Secretary", reply.Text);
    }

    [Fact]
    public void Ask_HowThisPlaysOut_GivesTheOutlook()
    {
        var reply = _engine.Ask("does anyone know how this plays out?", _knowledge);

        Assert.Contains(reply.Citations, c => c.Quote.Contains("remains to be seen", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_IsThereAConfirmedEndDate_GivesWhatIsKnownOfTheDuration()
    {
        var reply = _engine.Ask("is there a confirmed end date for the pause", _knowledge);

        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("How long the pause will last is unclear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ExactWordingOfTheDirective_SaysTheArticlesDontQuoteIt()
    {
        var reply = _engine.Ask("Give me the exact wording of Park's directive.", _knowledge);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't quote the text of the directive itself.", reply.Text);
    }

    [Fact]
    public void Ask_WhyAnAbsentAdministrationDecided_NamesWhoTheArticlesCreditAndWhoseGovernmentActed()
    {
        var reply = _engine.Ask("Why did the Biden administration pause the tariffs?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't mention Biden;", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("Joe Carver's government has paused", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("did Congress force the pause?", "Congress")]
    [InlineData("was this a State Department call?", "the State Department")]
    [InlineData("was Hale the one who signed it?", "Ruth Hale")]
    [InlineData("What did the NSA director cite when he ordered the pause?", "the NSA")]
    public void Ask_SomeoneElseCastAsTheDecider_NamesWhoTheArticlesCreditInstead(string question, string named)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("According to the articles, the decision came from", reply.Text);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains($"they don't say {named} made it", reply.Text);
    }

    [Fact]
    public void Ask_WhoDecidedWithGuessesTheArticlesNeverMention_NamesTheDecider()
    {
        var reply = _engine.Ask("who signed the pause order? was it the commerce department or someone higher up?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAnInstitutionWasOrderedToStop_DoesNotCastItAsTheDecider()
    {
        var reply = _engine.Ask("was the Joint Chiefs ordered to stand down on the tariffs?", _knowledge);

        Assert.DoesNotContain("made it", reply.Text);
    }

    [Fact]
    public void Ask_ExplainWhyAnAdministrationNeverMentionedDecided_NamesWhoTheArticlesCredit()
    {
        var reply = _engine.Ask("explain why the Smith administration paused the tariffs", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't mention Smith; they attribute the decision to", reply.Text);
    }

    [Fact]
    public void Ask_AnotherTargetOfferedBesideTheReportedOne_NamesTheReportedTargetOnly()
    {
        var reply = _engine.Ask("Does the pause cover Sweden as well, or just Norway?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles name Norway as the target and no other:", reply.Text);
    }

    [Fact]
    public void Ask_AnotherTargetAskedAboutAlone_StillAbstains()
    {
        var reply = _engine.Ask("Does the pause also cover Sweden?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_WhetherTheDecisionCameFromAnInstitution_NamesTheDecider()
    {
        var reply = _engine.Ask("did the decision come from Congress?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Trade Secretary Lena Park; they don't say Congress made it", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAnUnmentionedPartyOrAMentionedOneReacted_AnswersWithTheMentionedOne()
    {
        var knowledge = SyntheticCorpus.Build(("fares.md", SyntheticCorpus.BusFares.Replace("Opposition Leader Tom Becker criticized", "Democratic leaders, including Opposition Leader Tom Becker, criticized", StringComparison.Ordinal)));

        var reply = _engine.Ask("Did Republicans or Democrats push back on this?", knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("Tom Becker, criticized", StringComparison.Ordinal));
    }
}
