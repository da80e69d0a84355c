namespace Bot.StoryMap.Tests;

/// <summary>One rule at a time, each on its own invented story.</summary>
public sealed class StoryRulesTests
{
    [Fact]
    public void Build_DecisionIssuedByTitledPerson_PersonIsAgent()
    {
        var story = TestStories.Build(("fuel-tax.md",
            "The suspension of the state fuel tax, ordered by Governor Jane Alvarez, took effect on Monday.\n"));

        var alvarez = TestStories.ActorNamed(story, "Jane Alvarez");
        var decision = Assert.Single(story.Decisions);
        Assert.Equal("Governor", alvarez.Role);
        Assert.Equal([alvarez.Id], decision.AgentActorIds);
        Assert.Equal("fuel-tax#p1.s1", Assert.Single(decision.AgentEvidence).SentenceId);
        Assert.Same(alvarez, story.PrimaryActor);
    }

    [Fact]
    public void Build_PersonCriticizingTheDecision_IsNotAnAgent()
    {
        var story = TestStories.Build(("fuel-tax.md",
            "Governor Jane Alvarez suspended the fuel tax. Senator Dana Whitfield criticized the suspension.\n"));

        var alvarez = TestStories.ActorNamed(story, "Jane Alvarez");
        var whitfield = TestStories.ActorNamed(story, "Dana Whitfield");
        var decision = Assert.Single(story.Decisions);
        Assert.Equal([alvarez.Id], decision.AgentActorIds);
        Assert.DoesNotContain(whitfield.Id, decision.AgentActorIds);
    }

    [Fact]
    public void Build_DirectiveFromPersonInLaterSentence_JoinsTheSameDecision()
    {
        var story = TestStories.Build(("ferry.md",
            "The harbor authority halted ferry crossings to the islands. " +
            "The directive from Harbor Chief Omar Haddad followed two groundings.\n"));

        var haddad = TestStories.ActorNamed(story, "Omar Haddad");
        var decision = Assert.Single(story.Decisions);
        Assert.Equal("halted ferry crossings to the islands", decision.Action);
        Assert.Contains(haddad.Id, decision.AgentActorIds);
        Assert.Equal("ferry#p1.s2", Assert.Single(decision.AgentEvidence).SentenceId);
    }

    [Fact]
    public void Build_AdministrationNamedBeforeVerb_AdministrationIsAgent()
    {
        var story = TestStories.Build(("tariffs.md",
            "President Lena Park said the tariffs would stay. " +
            "The Park administration has suspended tariffs on steel imports.\n"));

        var administration = Assert.Single(story.Actors, a => a.ShortName == "administration");
        Assert.Equal(ActorKind.Group, administration.Kind);
        Assert.Equal("the Park administration", administration.Name);
        Assert.Contains(administration.Id, Assert.Single(story.Decisions).AgentActorIds);
    }

    [Fact]
    public void Build_GroupIncludingNamedPerson_PersonIsMemberAndGroupSharesReaction()
    {
        var story = TestStories.Build(("fuel-tax.md",
            "Governor Jane Alvarez suspended the fuel tax. " +
            "Republican lawmakers, including Senator Dana Whitfield, condemned the plan as reckless.\n"));

        var whitfield = TestStories.ActorNamed(story, "Dana Whitfield");
        var lawmakers = TestStories.ActorNamed(story, "Republican lawmakers");
        Assert.Equal(ActorKind.Group, lawmakers.Kind);
        Assert.Equal([whitfield.Id], lawmakers.MemberIds);
        Assert.Contains(story.ReactionsBy(whitfield.Id), r => r.Stance == Stance.Critical);
        Assert.Contains(story.ReactionsBy(lawmakers.Id), r => r.Stance == Stance.Critical);
    }

    [Theory]
    [InlineData("Mayor Ines Duarte praised the decision.", Stance.Supportive)]
    [InlineData("Mayor Ines Duarte denied that the plan was rushed.", Stance.Denial)]
    [InlineData("Mayor Ines Duarte slammed the plan.", Stance.Critical)]
    [InlineData("Mayor Ines Duarte feared more closures.", Stance.Concerned)]
    [InlineData("Mayor Ines Duarte told reporters the plan was sound.", Stance.Statement)]
    public void Build_StanceVerbAfterPerson_ReactionWithThatStance(string sentence, Stance stance)
    {
        var story = TestStories.Build(("harbor.md", "The council closed the old harbor. " + sentence + "\n"));

        var duarte = TestStories.ActorNamed(story, "Ines Duarte");
        Assert.Equal([stance], story.ReactionsBy(duarte.Id).Select(r => r.Stance));
    }

    [Fact]
    public void Build_ConcernAmongGroup_ConcernedReactionOfFollowingGroup()
    {
        var story = TestStories.Build(("harbor.md",
            "The council closed the old harbor, raising concern among fishing industry analysts.\n"));

        var analysts = Assert.Single(story.Actors, a => a.ShortName == "analysts");
        Assert.Contains(story.ReactionsBy(analysts.Id), r => r.Stance == Stance.Concerned);
    }

    [Fact]
    public void Build_FacedCriticismWithoutCritic_UnnamedCriticsActor()
    {
        var story = TestStories.Build(("harbor.md", "The council has faced sharp criticism for closing the old harbor.\n"));

        var critics = Assert.Single(story.Actors, a => a.Id == "critics");
        Assert.Equal(ActorKind.Group, critics.Kind);
        Assert.Contains(story.ReactionsBy("critics"), r => r.Stance == Stance.Critical);
    }

    [Fact]
    public void Build_UnknownCues_ListedAsDecisionUnknowns()
    {
        var story = TestStories.Build(("fuel-tax.md",
            "Governor Jane Alvarez suspended the fuel tax. " +
            "The cost to the state has not been disclosed. " +
            "How long the suspension lasts remains unclear. " +
            "Refiners objected.\n"));

        var unknowns = Assert.Single(story.Decisions).Unknowns.Select(u => u.Text);

        Assert.Equal(
            ["The cost to the state has not been disclosed.", "How long the suspension lasts remains unclear."],
            unknowns);
    }

    [Fact]
    public void Build_TimeCues_TimelineEarliestFirst()
    {
        var story = TestStories.Build(("bridges.md",
            "Crews will reopen the bridge next month. " +
            "Inspectors flagged cracks in the bridge two years ago. " +
            "The ministry closed the bridge last week. " +
            "Engineers first raised doubts five months ago.\n"));

        var order = story.Timeline.Select(e => e.Evidence.Text).ToArray();

        Assert.Equal(
            [
                "Inspectors flagged cracks in the bridge two years ago.",
                "Engineers first raised doubts five months ago.",
                "The ministry closed the bridge last week.",
                "Crews will reopen the bridge next month.",
            ],
            order);
        Assert.Equal([-730, -150, -7], story.Timeline.Take(3).Select(e => e.RelativeDays));
        Assert.True(story.Timeline[^1].RelativeDays > 0);
    }

    [Fact]
    public void Build_TwoArticles_DecisionsNumberedPerArticleAndPrimaryFromFirst()
    {
        var story = TestStories.Build(
            ("a-fuel-tax.md", "Governor Jane Alvarez suspended the fuel tax.\n"),
            ("b-harbor.md", "Mayor Ines Duarte banned fishing in the old harbor.\n"));

        Assert.Equal(["a-fuel-tax#d1", "b-harbor#d1"], story.Decisions.Select(d => d.Id));
        Assert.Equal("a-fuel-tax", story.PrimaryDecision?.ArticleId);
        Assert.Equal("banned fishing in the old harbor", story.Decisions[1].Action);
    }

    [Fact]
    public void Build_InOrderTo_NotADecision()
    {
        var story = TestStories.Build(("harbor.md", "Fishermen gathered early in order to sell their catch.\n"));

        Assert.Empty(story.Decisions);
        Assert.Null(story.PrimaryDecision);
    }

    [Fact]
    public void Build_HeadlineInBody_NotUsedAsDecisionOrTimeEvidence()
    {
        var story = TestStories.Build(("fuel-tax.md",
            "---\ntitle: Governor Halts Fuel Tax Until Next Year\n---\n" +
            "Governor Halts Fuel Tax Until Next Year\n\n" +
            "Governor Jane Alvarez suspended the fuel tax on Monday.\n"));

        var headline = Assert.Single(story.Corpus.Sentences, s => s.IsHeading);
        var decision = Assert.Single(story.Decisions);
        Assert.Equal("Governor Jane Alvarez suspended the fuel tax on Monday.", decision.Evidence.Text);
        Assert.DoesNotContain(story.Timeline, e => e.Evidence.SentenceId == headline.Id);
        Assert.DoesNotContain(decision.TimeCues, e => e.Evidence.SentenceId == headline.Id);
    }

    [Fact]
    public void Build_PossessiveAfterIntroduction_StillLinksSurname()
    {
        var story = TestStories.Build(("fuel-tax.md",
            "Governor Jane Alvarez suspended the fuel tax. Critics attacked Alvarez\u2019s plan within hours.\n"));

        var alvarez = TestStories.ActorNamed(story, "Jane Alvarez");
        Assert.Equal(["fuel-tax#p1.s1", "fuel-tax#p1.s2"], alvarez.SentenceIds);
    }

    [Theory]
    [InlineData("Councillor")]
    [InlineData("Commissioner")]
    [InlineData("Sheriff")]
    public void Build_LocalOfficeTitleBeforeAName_PersonWithThatRoleReacts(string title)
    {
        var story = TestStories.Build(("park.md",
            $"Mayor Dana Cole ordered a delay to the park closure. {title} Ben Ortiz criticized the delay as reckless.\n"));

        var ortiz = TestStories.ActorNamed(story, "Ben Ortiz");
        Assert.Equal(title, ortiz.Role);
        Assert.Contains(story.Reactions, r => r.ActorId == ortiz.Id && r.Stance == Stance.Critical);
    }
}
