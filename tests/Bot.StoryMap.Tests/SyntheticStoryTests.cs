namespace Bot.StoryMap.Tests;

/// <summary>A small invented story, so the rules are shown to work beyond the shipped article.</summary>
public sealed class SyntheticStoryTests
{
    private const string NightTrains =
        "---\ntitle: Night Trains Suspended on Northern Line\n---\n" +
        "Transport Minister Ana Ruiz ordered the suspension of night trains on the northern line. " +
        "Ruiz said the move aims to give crews time to repair two aging bridges.\n" +
        "\n" +
        "Opposition Leader Tom Becker criticized the move as rushed. " +
        "Becker warned that shift workers would be stranded.\n";

    private static readonly Story NightTrainsStory = TestStories.Build(("night-trains.md", NightTrains));

    private static Actor Ruiz => TestStories.ActorNamed(NightTrainsStory, "Ana Ruiz");

    private static Actor Becker => TestStories.ActorNamed(NightTrainsStory, "Tom Becker");

    [Fact]
    public void Build_TwoTitledPeople_FindsBothPersonsWithRoles()
    {
        Assert.Equal(ActorKind.Person, Ruiz.Kind);
        Assert.Equal("Transport Minister", Ruiz.Role);
        Assert.Equal("ruiz", Ruiz.ShortName);
        Assert.Equal("Transport Minister Ana Ruiz", Ruiz.Display);
        Assert.Equal("night-trains#p1.s1", Ruiz.RoleSentenceId);

        Assert.Equal(ActorKind.Person, Becker.Kind);
        Assert.Equal("Opposition Leader", Becker.Role);
        Assert.Equal("night-trains#p2.s1", Becker.RoleSentenceId);
    }

    [Fact]
    public void Build_TwoTitledPeople_ListedInOrderOfFirstMention()
    {
        var people = NightTrainsStory.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name);

        Assert.Equal(["Ana Ruiz", "Tom Becker"], people);
    }

    [Fact]
    public void Build_SurnameOnlyLaterMention_LinkedToPerson()
    {
        var later = TestStories.SentenceStartingWith(NightTrainsStory, "Becker warned");

        Assert.Contains(later.Id, Becker.SentenceIds);
        var mention = Assert.Single(NightTrainsStory.MentionsIn(later.Id));
        Assert.Equal(Becker.Id, mention.ActorId);
        Assert.Equal("Becker", later.Text[mention.CharStart..mention.CharEnd]);
    }

    [Fact]
    public void Build_SurnameOnlyMention_NotLinkedToOtherPerson()
    {
        var later = TestStories.SentenceStartingWith(NightTrainsStory, "Ruiz said");

        Assert.Equal([Ruiz.Id], NightTrainsStory.MentionsIn(later.Id).Select(m => m.ActorId));
        Assert.DoesNotContain(later.Id, Becker.SentenceIds);
    }

    [Fact]
    public void Build_OrderedSuspension_FindsOneDecisionFromThatSentence()
    {
        var decision = Assert.Single(NightTrainsStory.Decisions);

        Assert.Same(decision, NightTrainsStory.PrimaryDecision);
        Assert.Equal("night-trains#d1", decision.Id);
        Assert.Equal("night-trains", decision.ArticleId);
        Assert.Equal("night-trains#p1.s1", decision.Evidence.SentenceId);
        Assert.Equal("suspension of night trains on the northern line", decision.Action);
    }

    [Fact]
    public void Build_MinisterOrderedSuspension_MinisterIsAgent()
    {
        var decision = Assert.Single(NightTrainsStory.Decisions);

        Assert.Contains(Ruiz.Id, decision.AgentActorIds);
        Assert.Same(Ruiz, NightTrainsStory.PrimaryActor);
        Assert.Contains(decision, NightTrainsStory.DecisionsBy(Ruiz.Id));
    }

    [Fact]
    public void Build_AimsToSentence_IsReasonStatedByRuiz()
    {
        var reason = Assert.Single(Assert.Single(NightTrainsStory.Decisions).Reasons);

        Assert.Equal("night-trains#p1.s2", reason.Evidence.SentenceId);
        Assert.Equal("Ruiz said the move aims to give crews time to repair two aging bridges.", reason.Evidence.Text);
        Assert.Equal(Ruiz.Id, reason.StatedByActorId);
    }

    [Fact]
    public void Build_BeckerCriticizedMove_CriticalReaction()
    {
        var critical = Assert.Single(NightTrainsStory.ReactionsBy(Becker.Id), r => r.Stance == Stance.Critical);

        Assert.Equal("criticized", critical.Verb);
        Assert.Equal("night-trains#p2.s1", critical.Evidence.SentenceId);
    }

    [Fact]
    public void Build_BeckerWarned_ConcernedReactionOnSurnameSentence()
    {
        var concerned = Assert.Single(NightTrainsStory.ReactionsBy(Becker.Id), r => r.Stance == Stance.Concerned);

        Assert.Equal("night-trains#p2.s2", concerned.Evidence.SentenceId);
    }

    [Fact]
    public void Build_RuizSaid_StatementNotCriticism()
    {
        var reactions = NightTrainsStory.ReactionsBy(Ruiz.Id).ToArray();

        Assert.Equal([Stance.Statement], reactions.Select(r => r.Stance));
        Assert.DoesNotContain(NightTrainsStory.Reactions, r => r.Stance == Stance.Critical && r.ActorId != Becker.Id);
    }

    [Fact]
    public void Build_StoryWithoutUnknownsOrTime_HasNone()
    {
        var decision = Assert.Single(NightTrainsStory.Decisions);

        Assert.Empty(decision.Unknowns);
        Assert.Empty(NightTrainsStory.Timeline);
    }

    [Fact]
    public void FindActor_KnownAndUnknownIds_ReturnsActorOrNull()
    {
        Assert.Same(Ruiz, NightTrainsStory.FindActor(Ruiz.Id));
        Assert.Null(NightTrainsStory.FindActor("nobody"));
    }

    [Fact]
    public void Build_ArticleNamingCriticsAndUnnamedCriticism_HasOneCriticsGroupWithBothReactions()
    {
        var story = TestStories.Build(("fares.md", "---\ntitle: Fares Frozen\n---\nCritics fear the freeze could weaken the transit budget. " +
                                                    "The city has faced criticism for freezing fares before an election.\n"));

        var critics = Assert.Single(story.Actors, a => a.Id == "critics");
        Assert.Equal(2, story.ReactionsBy(critics.Id).Count());
    }

    [Fact]
    public void Build_PluralPeopleNounBeforeAVerbOfFearing_IsAGroupThatReacts()
    {
        var story = TestStories.Build(("hours.md", "---\ntitle: Libraries Close Early\n---\nThe city closed its libraries at six. " +
                                                    "Librarians fear the cut could leave students without a place to study.\n"));

        var librarians = Assert.Single(story.Actors, a => a.Name == "librarians");
        Assert.Equal(ActorKind.Group, librarians.Kind);
        Assert.Contains(story.ReactionsBy(librarians.Id), r => r.Stance == Stance.Concerned);
    }
}
