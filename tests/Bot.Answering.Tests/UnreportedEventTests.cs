namespace Bot.Answering.Tests;

/// <summary>
/// Questions about events, targets and replies the articles do or do not report, asked of an invented story the
/// engine was never tuned on.
/// </summary>
public sealed class UnreportedEventTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Fact]
    public void Ask_WhetherThePauseWillWork_AnswersThatItRemainsToBeSeen()
    {
        var reply = _engine.Ask("will the pause actually work?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("remains to be seen", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WordsQuotedFromTheArticle_CitesTheSentenceTheyComeFrom()
    {
        var reply = _engine.Ask("The piece says the remarks \"drew anger\". What happened there?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("where his remarks drew anger", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_AlternativeSomeoneProposed_AbstainsWhenNoneIsReported()
    {
        var reply = _engine.Ask("what did ruth hale propose doing instead of the pause?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("alternative", reply.Text);
    }

    [Fact]
    public void Ask_OtherMembersOfAGroupWhoseOnlyNamedMemberIsInTheQuestion_Abstains()
    {
        var knowledge = SyntheticCorpus.Build(("senate.md", """
            ---
            title: Senators Criticize Pause
            ---
            Trade Secretary Lena Park ordered the pause.
            Democratic senators, including Senator Ruth Hale, criticized the pause as a gift to importers.
            """));

        var reply = _engine.Ask("besides Hale, which other democratic senators criticized it? names please", knowledge);
        var listed = _engine.Ask("which democratic senators criticized it?", knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("any other democratic senators", reply.Text);
        Assert.False(listed.Abstained);
        Assert.Contains("Ruth Hale", listed.Text);
    }

    [Fact]
    public void Ask_WhetherACriticPlansSomethingNeverMentioned_AbstainsInsteadOfCitingTheReversal()
    {
        var reply = _engine.Ask("is ruth hale planning legislation to restart the tariffs?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't mention legislation", reply.Text);
        Assert.DoesNotContain("opposite", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAThingNeverMentionedMoved_Abstains()
    {
        var reply = _engine.Ask("did fisheries stocks move on this news?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("fisheries stocks", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheDecisionHadAPropertyNeverMentioned_Abstains()
    {
        var reply = _engine.Ask("was park's order classified?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("whether it was classified", reply.Text);
    }

    [Fact]
    public void Ask_WhatAPersonsDecisionDid_AnswersWithTheDecisionNotTheProfile()
    {
        var reply = _engine.Ask("what did the trade secretary's order actually do?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has paused its tariffs", StringComparison.Ordinal));
        Assert.DoesNotContain("is identified in the articles as", reply.Text);
    }

    [Fact]
    public void Ask_WhySomethingOtherThanTheDecisionHappened_AbstainsWhenNoSentenceCoversIt()
    {
        var reply = _engine.Ask("why did norway start the fisheries talks?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't say why.", reply.Text);
    }

    [Fact]
    public void Ask_PublicOpinionPolls_AbstainWhenNoneAreReported()
    {
        var reply = _engine.Ask("do most americans support the pause? any polls?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("polling or public opinion", reply.Text);
    }

    [Fact]
    public void Ask_WhetherSomeoneWasAtAMeeting_AbstainsUnlessTheMeetingSentenceNamesThem()
    {
        var absent = _engine.Ask("was lena park at the capitol meeting?", _knowledge);
        var present = _engine.Ask("was hale at the meeting?", _knowledge);

        Assert.True(absent.Abstained);
        Assert.Contains("whether Lena Park was at the meeting", absent.Text);
        Assert.False(present.Abstained);
        Assert.Contains(present.Citations, c => c.Quote.Contains("recent meeting at the Capitol", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_HowManyOfSomethingTheNumbersInTheSentenceDoNotCount_Abstains()
    {
        var reply = _engine.Ask("how many officials talked about the pause?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.StartsWith("The articles don't give that figure.", reply.Text);
    }

    [Fact]
    public void Ask_BotsOwnVerdictOnTheDecision_IsAnAbstention()
    {
        var reply = _engine.Ask("in your own opinion, was park right to do this?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("I don't have opinions of my own", reply.Text);
    }

    [Fact]
    public void Ask_HeadlineAndTheLineUnderIt_QuoteThoseLines()
    {
        var knowledge = SyntheticCorpus.Build(("tariffs.md", """
            ---
            title: Government Pauses Tariffs
            ---
            Government Pauses Tariffs on Steel

            The pause follows weeks of talks, raising questions about trade policy.

            Trade Secretary Lena Park ordered the pause two days ago.
            """));

        var headline = _engine.Ask("for the quiz: what's the headline?", knowledge);
        var subheadline = _engine.Ask("what does the subheadline say", knowledge);

        Assert.False(headline.Abstained);
        Assert.StartsWith("The headline is \u201CGovernment Pauses Tariffs on Steel\u201D", headline.Text);
        Assert.False(subheadline.Abstained);
        Assert.Contains(subheadline.Citations, c => c.Quote.StartsWith("The pause follows weeks of talks", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhoHoldsAnOfficeWithAWordNeverUsed_Abstains()
    {
        var reply = _engine.Ask("who is the deputy trade secretary?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't mention a deputy trade secretary", reply.Text);
    }

    [Fact]
    public void Ask_WhereAPlannedMeetingTookPlace_SaysItIsOnlyPlanned()
    {
        var reply = _engine.Ask("where did carver and dahl meet last week?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("Not as far as the articles report", reply.Text);
    }

    [Fact]
    public void Ask_WhichAgencyWhenNoneIsNamed_Abstains()
    {
        var reply = _engine.Ask("which agency actually carries out the tariffs?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("which agency", reply.Text);
    }

    [Fact]
    public void Ask_WhichForeignLeaderIsToBeMet_NamesTheForeignTitleHolderNotTheHomePresident()
    {
        var reply = _engine.Ask("which foreign leader is the government planning to meet?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Erik Dahl", reply.Text);
        Assert.DoesNotContain("Joe Carver is identified", reply.Text);
    }

    [Fact]
    public void Ask_WhichCountryTheMeasureWasAimedAt_CitesTheSentenceWithItsTarget()
    {
        var reply = _engine.Ask("which country were the tariffs aimed at?", _knowledge);

        Assert.Contains("tariffs against Norway", reply.Citations[0].Quote);
    }

    [Theory]
    [InlineData("under what legal authority did Park pause the tariffs?")]
    [InlineData("what evidence did Park give for the pause?")]
    public void Ask_ForAThingTheArticlesNeverName_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_InWhatSettingSomethingHappened_IsAnsweredNotRefused()
    {
        var reply = _engine.Ask("in what setting did Carver and Hale clash?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Capitol", reply.Text);
    }

    [Theory]
    [InlineData("why did Park resign after the pause?")]
    [InlineData("who will win the fisheries talks?")]
    [InlineData("did Norway ask for the pause?")]
    public void Ask_ADistinctActTheArticlesNeverReport_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.Matches("don't (report|mention)", reply.Text);
    }

    [Fact]
    public void Ask_OutcomeOfAMeetingReportedOnlyAsPlanned_SaysItIsOnlyPlanned()
    {
        var reply = _engine.Ask("what was the outcome of the Carver-Dahl meeting?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("only report that meeting as planned", reply.Text);
    }

    [Fact]
    public void Ask_WhatHappenedAtAMeetingThatTookPlace_IsAnswered()
    {
        var reply = _engine.Ask("what happened at the meeting with Hale?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("clashed", reply.Text);
    }

    [Fact]
    public void Ask_ReplyBetweenTwoPeopleNeverReportedTogether_Abstains()
    {
        var reply = _engine.Ask("how did Park respond to Hale's criticism?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't report anything Lena Park said about or in response to Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_ReactionToTheDeciderNamedByHerDecision_ReportsTheReaction()
    {
        var reply = _engine.Ask("how did Hale react to Park's order?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("gift to importers", reply.Text);
    }

    [Fact]
    public void Ask_YesNoAboutTheOppositeOfTheDecision_AnswersNoWithTheDecision()
    {
        var reply = _engine.Ask("did the government ramp up its tariffs against norway?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No. The articles report the opposite", reply.Text);
    }

    [Fact]
    public void Ask_WhyTheOppositeOfTheDecisionWasDone_CorrectsItWithoutAbstaining()
    {
        var reply = _engine.Ask("Why did Carver's government increase the tariffs against Norway?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("What they report is the opposite", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has paused its tariffs", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherAPartyAgreedToSomethingInReturn_Abstains()
    {
        var reply = _engine.Ask("has norway agreed to drop its own tariffs in return?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Theory]
    [InlineData("how many people were in the room when carver and hale clashed?")]
    [InlineData("what % of voters support the pause")]
    public void Ask_ForAFigureTheArticlesNeverGive_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_WrongWordInTheTitleOfANamedPerson_IsAnsweredNotTreatedAsAnAbsentName()
    {
        var reply = _engine.Ask("Did Majority Whip Ruth Hale back the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("gift to importers", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheDecisionIsAboutANamedPlace_CitesASentenceNamingIt()
    {
        var reply = _engine.Ask("is park's decision actually about norway", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("Norway", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherItLedToAnOutcomeNeverNamed_Abstains()
    {
        var reply = _engine.Ask("did the pause lead to a truce?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_HowManyYearsSince_CountsFromTheSentenceThatDatesIt()
    {
        var knowledge = SyntheticCorpus.Build(("bridge.md", "---\ntitle: Bridge Reopens\n---\nThe old bridge closed two years ago after a flood, officials said.\n"));

        var reply = _engine.Ask("how many years since the bridge closed", knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("two years ago", reply.Text);
    }

    [Theory]
    [InlineData("did Park explain the pause at a press conference?", "a press conference")]
    [InlineData("what did Carver say when reporters asked him about it?", "reporters asking")]
    [InlineData("what are the terms of the trade deal?", "the terms of any deal")]
    [InlineData("who actually carried out Park's order?", "who carried out the order")]
    public void Ask_SettingOrStepTheArticlesNeverReport_SaysItIsNotMentioned(string question, string missing)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't mention " + missing, reply.Text);
    }

    [Fact]
    public void Ask_WhetherSomeoneWithNoReportedReactionThankedTheDecider_Abstains()
    {
        var reply = _engine.Ask("did Dahl thank Carver for it?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't report any statement or reaction from Erik Dahl", reply.Text);
    }

    [Fact]
    public void Ask_WhyThoughWithTheStatedReason_GivesThePurpose()
    {
        var reply = _engine.Ask("why tho? whats the stated reason", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("support ongoing talks on a fisheries treaty", reply.Text);
    }

    [Fact]
    public void Ask_WhetherACriticSaidHowLongItLasts_AbstainsWhenNoDurationWasSaid()
    {
        var reply = _engine.Ask("did Hale say how long the pause would last?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't report Ruth Hale saying anything about how long", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheDecisionAlsoAffectedSomethingNeverMentioned_Abstains()
    {
        var absent = _engine.Ask("did the pause also affect intelligence sharing with Norway?", _knowledge);
        var reported = _engine.Ask("did the pause also affect protections for steelworkers?", _knowledge);

        Assert.True(absent.Abstained);
        Assert.Contains("don't mention intelligence sharing", absent.Text);
        Assert.False(reported.Abstained);
        Assert.Contains("steelworkers in Ohio", reported.Text);
    }

    [Fact]
    public void Ask_HeadlineInOneSentence_GivesTheTitleAndTheLeadSentence()
    {
        var reply = _engine.Ask("headline in one sentence?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Government Pauses Tariffs on Steel Imports", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("U.S. President Joe Carver's government has paused", StringComparison.Ordinal));
    }
}
