using Bot.Corpus;

namespace Bot.StoryMap.Tests;

/// <summary>The story map of the article shipped in corpus/.</summary>
public sealed class ShippedStoryTests
{
    private static readonly Story ShippedStory =
        StoryMapBuilder.Build(CorpusLoader.LoadDirectory(Path.Combine(TestStories.RepositoryRoot(), "corpus")));

    private static Actor Person(string name)
    {
        var actor = TestStories.ActorNamed(ShippedStory, name);
        Assert.Equal(ActorKind.Person, actor.Kind);
        return actor;
    }

    [Fact]
    public void Build_ShippedCorpus_HegsethIsDefenseSecretary()
    {
        var hegseth = Person("Pete Hegseth");

        Assert.Equal("Defense Secretary", hegseth.Role);
        Assert.Equal("hegseth", hegseth.ShortName);
    }

    [Fact]
    public void Build_ShippedCorpus_TrumpKeepsUSPresidentRole()
    {
        Assert.Equal("U.S. President", Person("Donald Trump").Role);
    }

    [Fact]
    public void Build_ShippedCorpus_WaltzDenied()
    {
        var waltz = Person("Mike Waltz");

        Assert.Equal("National Security Adviser", waltz.Role);
        var denial = Assert.Single(ShippedStory.ReactionsBy(waltz.Id), r => r.Stance == Stance.Denial);
        Assert.StartsWith("National Security Adviser Mike Waltz denied", denial.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShippedCorpus_SchumerCriticalAndDemocraticLeader()
    {
        var schumer = Person("Chuck Schumer");

        Assert.Contains(ShippedStory.ReactionsBy(schumer.Id), r => r.Stance == Stance.Critical && r.Verb == "criticized");
        var democrats = TestStories.ActorNamed(ShippedStory, "Democratic leaders");
        Assert.Equal(ActorKind.Group, democrats.Kind);
        Assert.Contains(schumer.Id, democrats.MemberIds);
    }

    [Fact]
    public void Build_ShippedCorpus_PrimaryDecisionIsTheHaltByHegseth()
    {
        var decision = ShippedStory.PrimaryDecision;
        var hegseth = Person("Pete Hegseth");

        Assert.NotNull(decision);
        Assert.StartsWith("halted its offensive cyber operations against Russia", decision.Action, StringComparison.Ordinal);
        Assert.Contains(hegseth.Id, decision.AgentActorIds);
        Assert.Contains(decision.AgentEvidence, e => e.Text.Contains("Defense Secretary Pete Hegseth", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ShippedCorpus_RationaleNotPublicIsAnUnknown()
    {
        var decision = ShippedStory.PrimaryDecision;

        Assert.NotNull(decision);
        Assert.Contains(
            decision.Unknowns,
            u => u.Text == "However, the rationale behind this pause has not been made public, and the duration remains uncertain.");
    }

    [Fact]
    public void Build_ShippedCorpus_StatedAimIsAReason()
    {
        var decision = ShippedStory.PrimaryDecision;

        Assert.NotNull(decision);
        Assert.Contains(decision.Reasons, r => r.Evidence.Text.Contains("aims to align military actions", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ShippedCorpus_ThreeYearsAgoBeforeTheHalt()
    {
        var timeline = ShippedStory.Timeline;

        var ago = timeline.ToList().FindIndex(e => e.Cue == "over three years ago");
        var halt = timeline.ToList().FindIndex(e => e.Evidence.Text.StartsWith("The halt reportedly occurred", StringComparison.Ordinal));

        Assert.True(ago >= 0, "no 'over three years ago' event");
        Assert.True(halt >= 0, "no event for the halt sentence");
        Assert.True(ago < halt, $"'over three years ago' is at {ago}, the halt at {halt}");
        Assert.Equal(-3 * 365, timeline[ago].RelativeDays);
    }

    [Fact]
    public void Build_ShippedCorpus_EveryEvidenceIsABodySentence()
    {
        var evidence = ShippedStory.Reactions.Select(r => r.Evidence)
            .Concat(ShippedStory.Decisions.SelectMany(d => d.Unknowns.Concat(d.AgentEvidence).Concat(d.Reasons.Select(r => r.Evidence))))
            .Concat(ShippedStory.Timeline.Select(t => t.Evidence));

        Assert.All(evidence, e =>
        {
            var sentence = ShippedStory.Corpus.FindSentence(e.SentenceId);
            Assert.NotNull(sentence);
            Assert.Equal(sentence.Text, e.Text);
            Assert.False(sentence.IsHeading, $"{e.SentenceId} is the headline");
        });
    }
}
