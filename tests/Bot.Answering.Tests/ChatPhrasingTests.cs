namespace Bot.Answering.Tests;

/// <summary>
/// Questions typed the way people chat — fillers, slang, frames like "does the article say", "is it true" — asked of
/// an invented story the engine was never tuned on.
/// </summary>
public sealed class ChatPhrasingTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Theory]
    [InlineData("Who is the source for the line that the pause supports the treaty talks? Is anyone named?")]
    [InlineData("where does that come from? is anyone named?")]
    public void Ask_WhetherTheSourceIsNamed_SaysTheArticlesNameNoOne(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't name the source; they attribute the reporting only to unnamed officials.", reply.Text);
    }

    [Fact]
    public void Ask_DeciderDescribedInChatWords_DescribesTheDecision()
    {
        var reply = _engine.Ask("explain the park norway tariff thing like im 12", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("ordered by Trade Secretary Lena Park", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhichCabinetDudeDecided_NamesTheDecider()
    {
        var reply = _engine.Ask("which cabinet dude signed off on the norway tariff pause", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_WhatEventTheDecisionCameBefore_IsNotReadAsAnUnnamedEvent()
    {
        var reply = _engine.Ask("What event did the pause come before?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.DoesNotContain("which event", reply.Text);
    }

    [Fact]
    public void Ask_WhetherItWasSomeonesOwnCallOrSomeoneElses_NamesTheDecider()
    {
        var reply = _engine.Ask("was this carver's own call or someone else's", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_SomeonesOfficialTitle_GivesTheirTitle()
    {
        var reply = _engine.Ask("Hale's official title?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Senator Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAnyoneIsUneasy_GivesWhoIsReportedConcerned()
    {
        var reply = _engine.Ask("Is anyone uneasy about this?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Critics fear the pause", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhetherTheTextCharacterizesItAsSomething_QuotesWhereItDoes()
    {
        var knowledge = SyntheticCorpus.Build(("fares.md", SyntheticCorpus.BusFares.Replace("How long the suspension will last remains unclear.", "The temporary suspension will last until spring.", StringComparison.Ordinal)));

        var reply = _engine.Ask("Is the suspension characterized as temporary anywhere in the text?", knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("The temporary suspension", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("did biden order this")]
    [InlineData("did macron sign the pause?")]
    public void Ask_WhetherSomeoneNeverMentionedDecided_NamesWhoTheArticlesCredit(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't mention", reply.Text);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_WhoCalledTheDecisionSomething_NamesWhoDescribedIt()
    {
        var reply = _engine.Ask("who called the decision a gift to importers", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ruth Hale", reply.Text);
        Assert.DoesNotContain("the decision came from", reply.Text);
    }

    [Fact]
    public void Ask_WhetherItWasExplainedPubliclyWithADanglingOr_AnswersFromTheUndisclosedReasons()
    {
        var knowledge = SyntheticCorpus.Build(("fares.md", SyntheticCorpus.BusFares + "\nThe reasoning behind the suspension has not been made public.\n"));

        var reply = _engine.Ask("did they explain it publicly or", knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has not been made public", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhichSenatorIsNamed_ListsThePeopleOfTheStory()
    {
        var reply = _engine.Ask("Which senator is named in the story?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhichPartyIsSlammingIt_NamesTheCritic()
    {
        var reply = _engine.Ask("which party is slamming the decision?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_OneOptionTheArticlesReportAndOneTheyDont_AnswersWithTheReportedOne()
    {
        var reply = _engine.Ask("Has Carver paused or merely reduced the tariffs against Norway?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has paused its tariffs against Norway", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_PoliteRequestAfterTheQuestion_IsNotReadAsAName()
    {
        var reply = _engine.Ask("The piece mentions Erik Dahl. In what connection does his name arise? Kindly quote the article.", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("planning a meeting with Norwegian Prime Minister Erik Dahl", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhoSomeoneIsWithAnAsideInBrackets_AnswersWhoTheyAre()
    {
        var reply = _engine.Ask("Who's Dahl? (needed for my notes)", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Norwegian Prime Minister Erik Dahl", reply.Text);
    }

    [Fact]
    public void Ask_NamesOfEveryoneMentioned_ListsThePeopleOfTheStory()
    {
        var reply = _engine.Ask("Give me the names of everyone mentioned in the article.", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains("Ruth Hale", reply.Text);
        Assert.Contains("Erik Dahl", reply.Text);
    }

    [Fact]
    public void Ask_WhatHappenedShortlyBeforeAnEvent_QuotesTheSentenceThatOrdersThem()
    {
        var reply = _engine.Ask("what happened shortly before the fisheries talks reopened", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("The pause came two days before", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhyPeopleAreFreakingOut_GivesTheFearTheArticlesReport()
    {
        var reply = _engine.Ask("why are people freaking out about this", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Critics fear the pause", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_IsItTrueWithTheWrongPartyToAReportedMeeting_NamesThePartyTheArticlesGive()
    {
        var reply = _engine.Ask("is it true carver is planning a sit down with angela merkel", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("don't mention angela merkel", reply.Text);
        Assert.Contains("Erik Dahl", reply.Text);
    }

    [Fact]
    public void Ask_WhoLeakedTheNews_SaysNoLeakerIsNamedAndQuotesTheUnnamedSources()
    {
        var reply = _engine.Ask("who leaked the news of the fare freeze to the press?", SyntheticCorpus.Build(("bus.md", SyntheticCorpus.BusFares)));

        Assert.True(reply.Abstained);
        Assert.Contains("don't say who leaked", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("officials said", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhoRevealedTheDecision_AnswersWithTheOfficialsWhoDisclosedIt()
    {
        var reply = _engine.Ask("who revealed the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("officials said", StringComparison.Ordinal));
        Assert.DoesNotContain("decision came from", reply.Text);
    }

    [Fact]
    public void Ask_StatementQuestionClaimingTheReverse_AnswersNoWithTheDecision()
    {
        var reply = _engine.Ask("so carver's government ramped up the tariffs on norway?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has paused its tariffs", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_AnsweredQuestionWithAVagueTail_AnswersWithoutARefusal()
    {
        var reply = _engine.Ask("who criticized the pause? and how'd it go", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("gift to importers", reply.Text);
        Assert.DoesNotContain("Sorry", reply.Text);
    }

    [Fact]
    public void Ask_OrderOfEventsClaimedWithRight_IsAnsweredWithTheReportedOrder()
    {
        var reply = _engine.Ask("the pause came after the talks reopened, right? as a favour?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("two days before the fisheries talks reopened", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_PartyOfAPersonWhoseSentencesNameNoParty_Abstains()
    {
        var reply = _engine.Ask("is lena park a republican?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("which party Lena Park belongs to", reply.Text);
    }

    [Fact]
    public void Ask_WhatSomeoneSaidAboutATopicTheirStatementsNeverTouch_AbstainsAndQuotesWhatTheySaid()
    {
        var reply = _engine.Ask("what did ruth hale say about steelworkers?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("saying anything about steelworkers", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatSomeoneSaidAboutATopicTheyAddressed_Answers()
    {
        var reply = _engine.Ask("what did hale say about importers", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("gift to importers", reply.Text);
    }

    [Fact]
    public void Ask_WrongTitleGivenAfterTheName_IsCorrectedAndTheQuestionAnswered()
    {
        var reply = _engine.Ask("Lena Park is Commerce Secretary, so what did she order?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("identify Lena Park as Trade Secretary", reply.Text);
        Assert.DoesNotContain("don't mention", reply.Text);
    }

    [Fact]
    public void Ask_WhetherSomeoneUsedQuotedWordsTheyNeverUsed_AnswersNoWithWhatTheySaid()
    {
        var reply = _engine.Ask("Did Ruth Hale call the pause \"a smart move\"?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhoseThingIsAffected_AnswersWithTheSentenceNamingTheOwner()
    {
        var reply = _engine.Ask("whose protections could the pause weaken?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("steelworkers in Ohio", StringComparison.Ordinal));
        Assert.DoesNotContain("decision came from", reply.Text);
    }

    [Fact]
    public void Ask_HeadlineClaim_GivesTheSummaryBrief()
    {
        var reply = _engine.Ask("what is the central claim here?", _knowledge);
        var summary = _engine.Ask("summary", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Equal(summary.Text, reply.Text);
    }

    [Fact]
    public void Ask_ClaimThenSoWhy_ChecksTheClaimAndAnswersTheQuestion()
    {
        var reply = _engine.Ask("Park said the pause was about steelworkers, so why did Hale criticize it?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't say that.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks", StringComparison.Ordinal));
        Assert.Contains("gift to importers", reply.Text);
    }

    [Fact]
    public void Ask_WhyWithTheOppositeWordOfTheLead_QuotesTheLeadFirst()
    {
        var knowledge = SyntheticCorpus.Build(("drones.md", """
            ---
            title: Drone Flights Halted
            ---
            Border Chief Ana Moro has halted offensive drone flights over the border, coinciding with her softer stance toward the rebels.
            Officials said the order aims to support the ceasefire talks.
            """));

        var reply = _engine.Ask("why did Moro stop the defensive drone flights?", knowledge);
        var both = _engine.Ask("are defensive drone flights halted too, or only offensive ones?", knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report it the other way round:", reply.Text);
        Assert.Contains("ceasefire talks", reply.Text);
        Assert.DoesNotContain("other way round", both.Text);
    }

    [Fact]
    public void Ask_DecisionPlacedDuringAnEventItPreceded_QuotesTheOrderTheArticlesGive()
    {
        var why = _engine.Ask("why did park order the pause during the fisheries talks?", _knowledge);
        var retaliation = _engine.Ask("did they pause the tariffs in retaliation for the fisheries talks?", _knowledge);

        Assert.StartsWith("The articles place the decision before that:", why.Text);
        Assert.False(retaliation.Abstained);
        Assert.StartsWith("No.", retaliation.Text);
        Assert.Contains(retaliation.Citations, c => c.Quote.Contains("two days before the fisheries talks reopened", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhyAGroupNeverMentionedSaidSomething_SaysWhoSaidIt()
    {
        var reply = _engine.Ask("why did the republicans call the pause a gift to importers?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("don't report that from republicans", reply.Text);
        Assert.Contains("Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhyAPersonSaidWhatSomeoneElseSaid_NamesWhoSaidIt()
    {
        var reply = _engine.Ask("why did lena park call the pause a gift to importers?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't report that from Lena Park; they report it from Senator Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhyTheWrongPersonDecided_CorrectsTheDeciderAndGivesTheReasons()
    {
        var reply = _engine.Ask("why did ruth hale sign the order to pause the tariffs?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains("aims to support ongoing talks", reply.Text);
    }

    [Fact]
    public void Ask_RightTitleWithAWrongName_SaysWhoHoldsTheTitleAndAnswers()
    {
        var reply = _engine.Ask("Why did Trade Secretary Gina Raimondo order the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't mention Gina Raimondo; the Trade Secretary they name is Lena Park", reply.Text);
        Assert.Contains("aims to support ongoing talks", reply.Text);
    }

    [Fact]
    public void Ask_TitleWordsBeforeGuy_FindTheTitledPerson()
    {
        var reply = _engine.Ask("who is the trade guy?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("Lena Park is identified in the articles as Trade Secretary", reply.Text);
    }

    [Fact]
    public void Ask_DecisionCreditedToANameNeverMentioned_AnswersNoWithTheDecider()
    {
        var reply = _engine.Ask("wasn't the pause a Biden-era decision?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No. The articles don't mention Biden; they attribute the decision to", reply.Text);
    }

    [Fact]
    public void Ask_WhyAPartysLeadersSaidWhatOthersSaid_NamesWhoSaidIt()
    {
        var reply = _engine.Ask("why did the republican senators call the pause a gift to importers?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't report that from republican senators", reply.Text);
    }

    [Fact]
    public void Ask_WhatIsAtStakeForAGroup_CitesTheEffectOnThem()
    {
        var reply = _engine.Ask("what's at stake for steelworkers here?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("steelworkers in Ohio", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhenClauseClaimingAnUnreportedMeeting_ChecksTheClaim()
    {
        var reply = _engine.Ask("When Carver met with Erik Dahl, did they talk about the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't say that.", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("planning a meeting with Norwegian Prime Minister Erik Dahl", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_SinceClauseWithTheWrongOrder_AnswersWithTheOrderTheArticlesGive()
    {
        var reply = _engine.Ask("since the pause came right after the talks reopened, it was a reward, right?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("two days before the fisheries talks reopened", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ClaimAccordingToSomeoneWhoNeverMadeIt_NamesWhoDid()
    {
        var reply = _engine.Ask("was the pause a gift to importers according to lena park?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles don't report that from Lena Park; they report it from Senator Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhetherANamedPersonIsDescribedWithAWrongTitle_GivesTheirTitle()
    {
        var reply = _engine.Ask("Is Lena Park described as Commerce Secretary in the piece?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("identify Lena Park as Trade Secretary", reply.Text);
    }

    [Fact]
    public void Ask_WordTheArticleUsesForSomething_QuotesTheSentenceWithIt()
    {
        var reply = _engine.Ask("what single word does the article use for the remarks at the capitol?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("his remarks drew anger", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_FactCheckFrame_IsNotSpellCorrectedIntoAName()
    {
        var reply = _engine.Ask("fact check: what title does the article give lena park?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("Lena Park is identified in the articles as Trade Secretary", reply.Text);
    }

    [Fact]
    public void Ask_GeneralKnowledgeAboutAPlaceInTheStory_Abstains()
    {
        var reply = _engine.Ask("whats the population of norway", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("population", reply.Text);
    }

    [Fact]
    public void Ask_FillerPartBeforeTheQuestion_IsNotRefused()
    {
        var reply = _engine.Ask("ok and what about hale?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Ruth Hale", reply.Text);
        Assert.DoesNotContain("Sorry", reply.Text);
    }

    [Fact]
    public void Ask_NewcomerAskingWhatTheStoryIsAbout_GetsTheSummary()
    {
        var reply = _engine.Ask("Newcomer here - what's this story about?", _knowledge);

        Assert.Equal(_engine.Ask("summary", _knowledge).Text, reply.Text);
    }

    [Fact]
    public void Ask_CopyPasteTheSentenceAboutSomeone_QuotesThem()
    {
        var reply = _engine.Ask("copy paste the sentence about hale pls", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("gift to importers", reply.Text);
    }

    [Fact]
    public void Ask_WrongClaimFollowedByARemark_IsCorrected()
    {
        var reply = _engine.Ask("Hale praised it right? makes sense for once", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("That isn't what the articles report about Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhichOfTwoPeopleReacted_NamesTheOneWhoDid()
    {
        var reply = _engine.Ask("park or hale - which one criticized the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report this from Senator Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_ForAYesOrNoVerdict_AbstainsWithTheOpinionNote()
    {
        var reply = _engine.Ask("be honest, is carver weak? yes or no", _knowledge);

        Assert.True(reply.Abstained);
        Assert.StartsWith("I don't have opinions of my own", reply.Text);
    }

    [Fact]
    public void Ask_TenureOfAPersonWithATwoWordName_Abstains()
    {
        var reply = _engine.Ask("How long has Lena Park been trade secretary?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_WhetherTheDecisionGotPushback_ReportsTheCritics()
    {
        var reply = _engine.Ask("did the decision get any pushback", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("gift to importers", reply.Text);
    }

    [Fact]
    public void Ask_NameOfAGroupTheArticlesNeverName_Abstains()
    {
        var reply = _engine.Ask("whats the name of the steel group that lobbied for the pause", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_WhatAnOfficialNeverQuotedSaid_Abstains()
    {
        var reply = _engine.Ask("what did the government press secretary say about it", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("press secretary", reply.Text);
    }

    [Fact]
    public void Ask_WhetherTheStoppedActivityStillGoesOn_CitesTheDecision()
    {
        var reply = _engine.Ask("ok so does the government still charge tariffs on norway rn", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("has paused its tariffs against Norway", reply.Citations[0].Quote);
    }

    [Fact]
    public void Ask_TimingWithNoTopicOfItsOwn_GivesTheDecisionsTimeCue()
    {
        var reply = _engine.Ask("whats the deal w the timing of this", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("two days before", reply.Text);
    }

    [Fact]
    public void Ask_WhatHappensNext_GivesWhatRemainsToBeSeen()
    {
        var reply = _engine.Ask("whats gonna happen now, like consequences of this whole thing", _knowledge);

        Assert.Contains("remains to be seen", reply.Citations[0].Quote);
    }

    [Fact]
    public void Ask_WhetherItIsADoneDeal_SaysHowLongItLastsIsUnclear()
    {
        var reply = _engine.Ask("is this a done deal or could it change", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("is unclear", reply.Text);
    }

    [Fact]
    public void Ask_DoesTheArticleSayFrame_AnswersTheQuestionInside()
    {
        var reply = _engine.Ask("does the article say this hits steelworkers", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("steelworkers in Ohio", reply.Text);
    }

    [Fact]
    public void Ask_IsItTrueWithTheDirectionTurnedAround_QuotesTheSentenceWithoutConfirmingIt()
    {
        var reply = _engine.Ask("is it true that critics think the pause will make protections stronger", _knowledge);

        Assert.DoesNotContain("do report this", reply.Text);
        Assert.Contains("could weaken protections", reply.Text);
    }

    [Fact]
    public void Ask_ContractedWhy_IsReadAsWhy()
    {
        var reply = _engine.Ask("why'd they pause the tariffs", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("fisheries treaty", reply.Text);
    }

    [Fact]
    public void Ask_OutcomeOfASummitReportedOnlyAsAPlannedMeeting_SaysItIsOnlyPlanned()
    {
        var reply = _engine.Ask("what came out of the carver dahl summit", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("as planned", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAPlannedMeetingHasHappened_SaysItIsOnlyPlanned()
    {
        var reply = _engine.Ask("has carver already met dahl or is that still coming", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("planned, not yet held", reply.Text);
    }

    [Fact]
    public void Ask_WasItSomeoneElseThatDidIt_QuotesWhoTheArticlesSayDidIt()
    {
        var reply = _engine.Ask("was it the canadians that paused tariffs against norway?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("has paused its tariffs against Norway", reply.Text);
    }

    [Fact]
    public void Ask_ChoiceBetweenTitles_GivesTheTitleTheArticlesUse()
    {
        var reply = _engine.Ask("is hale a senator or a governor?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Senator Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhatHappensOnAFutureDate_Abstains()
    {
        var reply = _engine.Ask("what's supposed to happen with this next week?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_ExplainLikeImFive_GivesTheSummary()
    {
        var reply = _engine.Ask("explain like I'm five what happened here", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("paused its tariffs against Norway", reply.Text);
    }

    [Theory]
    [InlineData("what does 'weaken' mean in 'weaken protections aimed at steelworkers'")]
    [InlineData("what is a pause? the article says they ordered one")]
    public void Ask_MeaningOfAWordQuotedWithItsContext_GivesTheSentenceAndRelatedWords(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("The articles use", reply.Text);
        Assert.Contains("In news usage it is close to:", reply.Text);
    }

    [Theory]
    [InlineData("official response")]
    [InlineData("public reaction?")]
    public void Ask_BareReactionRequestWithAnAdjective_ListsTheReactions(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_BareResponseOfAPartyNeverMentioned_SaysTheArticlesReportNone()
    {
        var reply = _engine.Ask("kremlin response?", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't report any reaction or statement from the kremlin", reply.Text);
    }

    [Theory]
    [InlineData("how many articles do you have")]
    [InlineData("what are your sources?")]
    public void Ask_AboutTheCorpusItself_ListsTheArticles(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("1 article in the corpus", reply.Text);
        Assert.Contains("Government Pauses Tariffs on Steel Imports", reply.Text);
    }

    [Theory]
    [InlineData("what's the point")]
    [InlineData("whats the point of the pause")]
    public void Ask_WhatsThePoint_GivesTheStatedAim(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhichPeopleAreNamed_ListsThePeople()
    {
        var reply = _engine.Ask("Which people are named in the article?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains("Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WasTheDeciderRightOrWrong_DeclinesToJudge()
    {
        var reply = _engine.Ask("just between us - was Park right or wrong to do this?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_WhereTheArticleLandsOnWhatHappensNext_QuotesTheOpenOutlook()
    {
        var reply = _engine.Ask("where does the article land on what happens next?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("remains to be seen", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_LabeledClaimTheArticlesConfirm_StartsWithYes()
    {
        var reply = _engine.Ask("Claim: \"Trade Secretary Park ordered the pause.\" True or false?", _knowledge);

        Assert.StartsWith("Yes.", reply.Text);
    }

    [Theory]
    [InlineData("Claim: Lena Park is a senator. True or false?", "identify Lena Park as Trade Secretary")]
    [InlineData("Claim: \"Trade Secretary Park ordered the pause.\" True or false?", "Trade Secretary Lena Park")]
    [InlineData("Claim: Senator Hale praised the pause. Rate this.", "gift to importers")]
    [InlineData("Fact check: Erik Dahl ordered the pause. Accurate?", "Lena Park")]
    [InlineData("For the script I've got: 'Ruth Hale ordered the pause on Norway.' That's correct, yeah?", "Lena Park")]
    public void Ask_LabeledClaimWithAVerdictRequest_ChecksTheClaim(string question, string expected)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(expected, reply.Text);
        Assert.NotEmpty(reply.Citations);
    }

    [Theory]
    [InlineData("Park's job title as the article describes it?", "Trade Secretary")]
    [InlineData("Hale's title as written in the piece?", "Senator")]
    public void Ask_TitleWithANoteOnWhereToLook_GivesTheTitle(string question, string title)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains($"identified in the articles as {title}", reply.Text);
    }

    [Theory]
    [InlineData("explain this article to me in simple terms pls")]
    [InlineData("tldr of this article? too lazy to read lol")]
    [InlineData("give me three bullets on this story")]
    [InlineData("one-liner pls")]
    [InlineData("TL;DR for the board")]
    [InlineData("bottom line?")]
    [InlineData("gimme a one-sentence takeaway for the top of the episode")]
    [InlineData("need a punchy cold-open hook for this story, what've you got")]
    public void Ask_SummaryWithARemarkOrAddressee_GivesTheSummary(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.Equal(_engine.Ask("summary", _knowledge).Text, reply.Text);
    }

    [Fact]
    public void Ask_TldrOfTheReactions_PutsNamedPeopleFirst()
    {
        var reply = _engine.Ask("tl;dr of the reactions pls", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("gift to importers", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAnUnquotedGovernmentPutOutAStatement_Abstains()
    {
        var reply = _engine.Ask("did norway's government put out a statement on the pause?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_TrailingDoesThePieceSay_AnswersTheQuestionBeforeIt()
    {
        var reply = _engine.Ask("so what's the fallout gonna be, does the piece say?", _knowledge);

        Assert.Contains("remains to be seen", reply.Citations[0].Quote);
    }

    [Fact]
    public void Ask_DoesTheArticleSayAClaimItDoesNot_AnswersNoWithWhatItSays()
    {
        var reply = _engine.Ask("Does the article say Park resigned over the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("No. The articles don't say that", reply.Text);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_WhetherAPlannedMeetingHappenedYet_SaysItIsOnlyPlanned()
    {
        var reply = _engine.Ask("has the dahl meeting happened yet?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("planned", reply.Text);
    }

    [Fact]
    public void Ask_GuessAtSomethingNeverMentioned_Abstains()
    {
        var reply = _engine.Ask("what did carver and hale clash about, was it the steel quota?", _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_PurposeTheDecisionIsSaidToServe_GivesThePurpose()
    {
        var reply = _engine.Ask("What purpose is the decision said to serve?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("fisheries treaty", reply.Text);
    }

    [Fact]
    public void Ask_TrailingYesOrNo_IsIgnored()
    {
        var reply = _engine.Ask("So has Carver's government paused the tariffs? Yes or no.", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("paused its tariffs against Norway", reply.Text);
    }

    [Theory]
    [InlineData("Officials warned that sanctions could hurt nations supporting the treaty.", true)]
    [InlineData("Officials warned that sanctions could hurt nations such as Chile and Peru.", false)]
    public void Ask_WhichCountries_AbstainsOnlyWhenTheArticlesNameNone(string sentence, bool abstains)
    {
        var knowledge = SyntheticCorpus.Build(("sanctions.md", "---\ntitle: Sanctions Debated\n---\n" + sentence + "\n"));

        var reply = _engine.Ask("which countries could be hurt by the sanctions?", knowledge);

        Assert.Equal(abstains, reply.Abstained);
    }

    [Fact]
    public void Ask_WhatHappensNowWithNoTopic_GivesWhatRemainsToBeSeen()
    {
        var reply = _engine.Ask("so whats gonna happen now", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("remains to be seen", reply.Text);
    }

    [Fact]
    public void Ask_WhenItStartsBackUp_SaysHowLongItLastsIsUnclear()
    {
        var reply = _engine.Ask("when do the tariffs start back up", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("is unclear", reply.Text);
    }

    [Fact]
    public void Ask_WhereItRaisedFears_ReportsWhoFearsIt()
    {
        var reply = _engine.Ask("where has the pause raised fears?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Critics fear", reply.Text);
    }

    [Fact]
    public void Ask_ClaimWithTheDecisionAsSubject_IsNotReadAsNamingADecider()
    {
        var reply = _engine.Ask("Is it true that the pause was ordered after the Capitol clash?", _knowledge);

        Assert.DoesNotContain("attribute the decision", reply.Text);
    }

    [Fact]
    public void Ask_ClaimOfAPurpose_IsSetAgainstTheStatedPurposeWithoutAVerdict()
    {
        var reply = _engine.Ask("Is it correct that the pause was meant to punish Norway?", _knowledge);

        Assert.DoesNotContain("do report this", reply.Text);
        Assert.Contains("Here is the purpose the articles give", reply.Text);
        Assert.Contains("fisheries treaty", reply.Text);
    }

    [Theory]
    [InlineData("where r carver and dahl gonna meet, like which city")]
    [InlineData("How could the pause affect the 2026 midterm elections?")]
    [InlineData("did the meeting with dahl end up producing an armistice?")]
    public void Ask_PlaceDateOrOutcomeTheArticlesNeverGive_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Ask_AnyBearingOn_IsAnEffectQuestion()
    {
        var reply = _engine.Ask("Would the pause have any bearing on steelworkers in Ohio?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("steelworkers in Ohio", reply.Text);
    }

    [Fact]
    public void Ask_KindOfEngagementPlanned_IsAnsweredNotTreatedAsAnUnnamedThing()
    {
        var reply = _engine.Ask("What diplomatic engagement is Carver's government planning with Dahl?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("planning a meeting", reply.Text);
    }

    [Fact]
    public void Ask_ChoiceBetweenANamedPlaceAndOneNeverMentioned_AnswersWithTheNamedOne()
    {
        var reply = _engine.Ask("are the tariffs against Norway or Sweden?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("tariffs against Norway", reply.Text);
    }

    [Fact]
    public void Ask_DoesItSayTheDecisionCameFromTheWrongPerson_NamesWhoTheArticlesCredit()
    {
        var reply = _engine.Ask("does it say the pause came from Ruth Hale?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_DecisionPushedThroughByAnInstitutionNeverMentioned_SaysSoAndNamesTheDecider()
    {
        var reply = _engine.Ask("Was the pause pushed through by Congress?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("don't mention Congress", reply.Text);
        Assert.Contains("Joe Carver", reply.Text);
    }

    [Fact]
    public void Ask_WhyTheWrongPersonAskedForTheDecision_CorrectsWhoDecided()
    {
        var reply = _engine.Ask("Why did Ruth Hale ask the government to pause the tariffs?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith(PremiseChecker.Contradiction, reply.Text, StringComparison.Ordinal);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_WhoExactlyMadeACriticismReportedWithoutACritic_SaysTheArticlesDontSayWho()
    {
        var knowledge = SyntheticCorpus.Build(("park.md", """
            ---
            title: Council Delays Park Closure
            ---
            Mayor Dana Cole ordered a delay to the closure of Riverside Park, officials said.
            The council has faced criticism for siding with developers over residents.
            Councillor Ben Ortiz criticized the delay as reckless, arguing it wastes money.
            """));

        var unnamed = _engine.Ask("who exactly criticized the council for siding with developers?", knowledge);
        var named = _engine.Ask("who criticized the delay?", knowledge);

        Assert.True(unnamed.Abstained);
        Assert.Contains("don't say who made that criticism", unnamed.Text);
        Assert.DoesNotContain("Ortiz", unnamed.Text);
        Assert.False(named.Abstained);
        Assert.Contains("Ben Ortiz", named.Text);
    }

    [Fact]
    public void Ask_WhichMembersOfAPartyTheArticlesNeverMention_Abstains()
    {
        var reply = _engine.Ask("which republicans came out against the pause", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't mention republicans", reply.Text);
    }

    [Fact]
    public void Ask_GetIntoItWithSomeone_FindsTheClash()
    {
        var reply = _engine.Ask("did carver get into it with ruth hale?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Carver clashed with Senator Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_MeetingAWhileBackOrRecent_QuotesTheRecentMeetingNotAReaction()
    {
        var reply = _engine.Ask("was the meeting with hale a while back or recent", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("recent meeting at the Capitol", reply.Text);
        Assert.DoesNotContain("gift to importers", reply.Text);
    }

    [Fact]
    public void Ask_ImmediateReactionOfAGroup_GivesTheReactionRatherThanAnUnknownWord()
    {
        var reply = _engine.Ask("what was the immediate reaction among officials to the suspension?", SyntheticCorpus.Build(("bus.md", SyntheticCorpus.BusFares)));

        Assert.False(reply.Abstained);
        Assert.DoesNotContain("immediate", reply.Text);
    }

    [Theory]
    [InlineData("Ret. Navy here. what could the pause do to steelworkers in Ohio?")]
    [InlineData("just got sent this link. what could the pause do to steelworkers in Ohio?")]
    [InlineData("I'm a teacher, what could the pause do to steelworkers in Ohio?")]
    public void Ask_SelfIntroductionBeforeTheQuestion_AnswersTheQuestion(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("weaken protections", StringComparison.Ordinal));
        Assert.DoesNotContain("Navy", reply.Text);
    }

    [Fact]
    public void Ask_DidTwoPeopleGetAlong_AnswersWithTheirClash()
    {
        var reply = _engine.Ask("did carver and hale get along at the capitol", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("clashed with Senator Ruth Hale", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_TheKnockOnSomething_AnswersWithTheCriticism()
    {
        var reply = _engine.Ask("what's the knock on the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("how did people react")]
    [InlineData("what was the reaction to the pause?")]
    [InlineData("reactions?")]
    [InlineData("sum up the reactions, who said what")]
    public void Ask_HowPeopleReactedWithNoOneNamed_ListsTheReactionsNamingPeopleFirst(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("The articles report this from Senator Ruth Hale", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
        Assert.Contains(reply.Citations, c => c.Quote.Contains("Critics fear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_TwoPeopleSideBySide_ProfilesBoth()
    {
        var reply = _engine.Ask("park vs hale, two bullets", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park is identified", reply.Text);
        Assert.Contains("Ruth Hale is identified", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("is this a big deal")]
    [InlineData("why does this matter?")]
    [InlineData("why should i care")]
    [InlineData("what's the one-line on why it matters")]
    public void Ask_WhetherTheNewsMatters_AnswersWithTheConcernsAndCriticismReported(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("Critics fear the pause could weaken", StringComparison.Ordinal));
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what's going on")]
    [InlineData("explain it simply")]
    [InlineData("what does this mean")]
    [InlineData("what's the background")]
    public void Ask_BareRequestForTheStory_GivesTheSummary(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has paused its tariffs against Norway", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("who's involved")]
    public void Ask_WhoIsInvolved_ListsThePeople(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains("Ruth Hale", reply.Text);
    }

    [Fact]
    public void Ask_WhoIsAgainstIt_NamesTheCritic()
    {
        var reply = _engine.Ask("who is against it", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ResponseFromAPartyNeverMentioned_SaysTheArticlesDontReportItRatherThanRefusing()
    {
        var reply = _engine.Ask("what was the response from parliament", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't report any reaction or statement from", reply.Text);
        Assert.DoesNotContain("Sorry", reply.Text);
    }

    [Theory]
    [InlineData("who did this")]
    [InlineData("who's to blame")]
    public void Ask_WhoDidItOrIsToBlame_NamesTheDecider(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Theory]
    [InlineData("is it still going on")]
    [InlineData("is the pause over")]
    public void Ask_WhetherTheDecisionStillHolds_AnswersHowLongItLasts(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("How long the pause will last is unclear", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_DidItWork_GivesTheOutlookTheArticlesGive()
    {
        var reply = _engine.Ask("did it work", _knowledge);

        Assert.Contains(reply.Citations, c => c.Quote.Contains("remains to be seen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("whats up with this")]
    [InlineData("what's the story")]
    public void Ask_WhatIsTheStory_GivesTheSummary(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("has paused its tariffs against Norway", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_BareHelp_GivesTheHelpText()
    {
        var reply = _engine.Ask("help", _knowledge);

        Assert.Contains("I answer questions about", reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public void Ask_WhyAnotherEventHappened_SaysTheArticlesDontSay()
    {
        var reply = _engine.Ask("why was there a clash", _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("don't say why", reply.Text);
    }

    [Theory]
    [InlineData("why hale ordered to pause the tariffs??", "Ruth Hale")]
    [InlineData("parliament voted to kill the tariffs, correct?", "Parliament")]
    [InlineData("did erik dahl ask for the pause", "Erik Dahl")]
    public void Ask_ClaimThatSomeoneElseMadeTheDecision_SaysWhomTheArticlesCredit(string question, string claimed)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
        Assert.Contains($"they don't say {claimed} made it", reply.Text);
    }

    [Theory]
    [InlineData("will parliament vote to reverse the pause")]
    [InlineData("how many days before the Dahl meeting was the pause ordered")]
    public void Ask_PartyMentionedButNotClaimedAsDecider_DoesNotCorrectTheDecider(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.DoesNotContain("they don't say", reply.Text);
    }
}
