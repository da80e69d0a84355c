using Bot.Core.Replies;

namespace Bot.Answering.Tests;

public sealed class StoryCommandsTests
{
    private readonly CorpusKnowledge _knowledge = ShippedCorpus.Knowledge;

    [Fact]
    public void Who_NoName_ListsThePeopleWithRolesAndCitations()
    {
        var reply = StoryCommands.Who(_knowledge);

        Assert.Equal(ReplyCommands.Who, reply.Command);
        foreach (var name in new[] { "Pete Hegseth", "Mike Waltz", "Chuck Schumer", "Volodymyr Zelensky", "Vladimir Putin", "Donald Trump" })
        {
            Assert.Contains(reply.Items, i => i.Kind == "actor" && i.Label == name && i.Markers.Count > 0);
        }

        AssertVerbatim(reply);
    }

    [Fact]
    public void Who_ByTitle_FindsThePerson()
    {
        var reply = StoryCommands.Who(_knowledge, "the defense secretary");

        Assert.Single(reply.Items);
        Assert.Equal("Pete Hegseth", reply.Items[0].Label);
    }

    [Fact]
    public void Who_UnknownName_AbstainsPolitely()
    {
        var reply = StoryCommands.Who(_knowledge, "Angela Merkel");

        Assert.True(reply.Abstained);
    }

    [Fact]
    public void Why_Default_GivesStatedReasonsAndWhatIsNotPublic()
    {
        var reply = StoryCommands.Why(_knowledge);

        Assert.Contains(reply.Items, i => i.Kind == "reason" && i.Text.Contains("align military actions", StringComparison.Ordinal));
        Assert.Contains(reply.Items, i => i.Kind == "unknown" && i.Text.Contains("not been made public", StringComparison.Ordinal));
        AssertVerbatim(reply);
    }

    [Fact]
    public void Timeline_Events_AreInTimeOrderWithCues()
    {
        var reply = StoryCommands.Timeline(_knowledge);

        var days = reply.Items.Select(i => double.Parse(i.Details!["relativeDays"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(days.Count >= 3);
        Assert.Equal(days.Order().ToList(), days);
        Assert.Contains("three years ago", reply.Items[0].Label);
    }

    [Fact]
    public void Sources_ListsTheArticleWithoutInventingMetadata()
    {
        var reply = StoryCommands.Sources(_knowledge);

        var article = Assert.Single(reply.Items);
        Assert.Equal("Trump Administration Halts Cyber Operations Against Russia Amid Ukraine Diplomacy", article.Label);
        Assert.Equal("", article.Details!["url"]);
        Assert.Equal("", article.Details!["outlet"]);
    }

    [Fact]
    public void Summary_IsShortCitedAndVerbatim()
    {
        var reply = StoryCommands.Summary(_knowledge);

        Assert.InRange(reply.Citations.Count, 3, 7);
        Assert.Contains("Hegseth", reply.Text);
        AssertVerbatim(reply);
    }

    private static void AssertVerbatim(BotReply reply) =>
        Assert.All(reply.Citations, c => Assert.Contains(c.Quote, ShippedCorpus.Text));
}
