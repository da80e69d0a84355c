using System.Text;
using Bot.Slack.Protocol;
using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class SlackReplyRendererLimitsTests
{
    private static readonly SlackRenderOptions Defaults = new() { ReplyId = "r-1" };

    [Fact]
    public void Render_45000CharacterAnswer_SplitsIntoOrderedMessagesWithinLimits()
    {
        var answer = LongAnswer(45_000);

        var messages = SlackReplyRenderer.Render(ReplyData.Reply(answer), Defaults);

        Assert.True(messages.Count > 1);
        AssertWithinLimits(messages, 3000);
        var sections = messages.SelectMany(message => message.SectionTexts()).ToList();
        Assert.Equal(SlackText.Escape(answer), string.Join(" ", sections));
        Assert.All(messages.SkipLast(1), message => Assert.Empty(message.OfType("actions")));
        Assert.Single(messages[^1].OfType("actions"));
        Assert.StartsWith(sections[0][..100], messages[0].Text);
    }

    [Fact]
    public void Render_LongAnswer_SplitsAtSentenceEnds()
    {
        var messages = SlackReplyRenderer.Render(ReplyData.Reply(LongAnswer(20_000)), Defaults);

        var sections = messages.SelectMany(message => message.SectionTexts()).ToList();
        Assert.True(sections.Count > 1);
        Assert.All(sections.SkipLast(1), section => Assert.EndsWith(".", section));
    }

    [Fact]
    public void Render_SmallerSectionAndBlockOptions_AreRespected()
    {
        var options = Defaults with { MaxSectionChars = 500, MaxBlocks = 10 };

        var messages = SlackReplyRenderer.Render(ReplyData.Reply(LongAnswer(12_000), ReplyData.Citations(15)), options);

        AssertWithinLimits(messages, 500);
        Assert.All(messages, message => Assert.True(message.Blocks.Count <= 10));
    }

    [Fact]
    public void Render_OptionsAboveSlackLimits_AreLoweredToThem()
    {
        var options = Defaults with { MaxSectionChars = 10_000, MaxBlocks = 500 };

        var messages = SlackReplyRenderer.Render(ReplyData.Reply(LongAnswer(45_000), ReplyData.Citations(60)), options);

        AssertWithinLimits(messages, 3000);
    }

    [Theory]
    [InlineData(99, 50)]
    [InlineData(3000, 1)]
    public void Render_OptionsBelowWorkableMinimum_Throw(int maxSectionChars, int maxBlocks)
    {
        var options = Defaults with { MaxSectionChars = maxSectionChars, MaxBlocks = maxBlocks };

        Assert.Throws<ArgumentOutOfRangeException>(() => SlackReplyRenderer.Render(ReplyData.Reply("Answer."), options));
    }

    [Fact]
    public void Render_60Citations_SpreadOverMessagesWithinLimits()
    {
        var citations = ReplyData.Citations(60);

        var messages = SlackReplyRenderer.Render(ReplyData.Reply("Short answer [1].", citations), Defaults);

        Assert.True(messages.Count > 1);
        AssertWithinLimits(messages, 3000);
        var lines = messages.SelectMany(message => message.ContextTexts()).ToList();
        Assert.Equal(60, lines.Count);
        Assert.Equal(Enumerable.Range(1, 60).Select(n => $"*[{n}]* "), lines.Select(line => line[..(line.IndexOf(' ') + 1)]));
        Assert.All(citations.Zip(lines), pair => Assert.Contains($"\u201C{SlackText.Escape(pair.First.Quote)}\u201D", pair.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WideAnswerWithUnicode_KeepsSurrogatePairsWhole()
    {
        var answer = string.Concat(Enumerable.Repeat("\U0001F600", 4000));

        var messages = SlackReplyRenderer.Render(ReplyData.Reply(answer), Defaults);

        AssertWithinLimits(messages, 3000);
        var sections = messages.SelectMany(message => message.SectionTexts()).ToList();
        Assert.Equal(answer, string.Concat(sections));
        Assert.All(sections, section => Assert.False(char.IsLowSurrogate(section[0])));
    }

    private static void AssertWithinLimits(IReadOnlyList<SlackMessage> messages, int maxSectionChars)
    {
        Assert.All(messages, message =>
        {
            Assert.False(string.IsNullOrWhiteSpace(message.Text));
            Assert.True(message.Text.Length <= 4000, $"text fallback of {message.Text.Length} characters");
            Assert.InRange(message.Blocks.Count, 1, 50);
            Assert.True(message.SerializedLength() <= 12_000, $"blocks of {message.SerializedLength()} characters");
            Assert.All(message.SectionTexts(), text => Assert.InRange(text.Length, 1, maxSectionChars));
            Assert.All(message.ContextTexts(), text => Assert.InRange(text.Length, 1, 3000));
            Assert.All(message.OfType("context"), context => Assert.InRange(context["elements"]!.AsArray().Count, 1, 10));
            Assert.All(message.Buttons(), button =>
            {
                Assert.InRange(((string)button["text"]!["text"]!).Length, 1, 75);
                Assert.InRange(((string)button["action_id"]!).Length, 1, 255);
            });
        });
    }

    // Sentences with control characters, single-spaced, cut to exactly `length` characters.
    private static string LongAnswer(int length)
    {
        var builder = new StringBuilder();
        for (var n = 1; builder.Length < length + 200; n++)
        {
            builder.Append($"Sentence {n} says the council met & voted <quickly> on item {n} after a long debate [1]. ");
        }

        var text = builder.ToString(0, length).TrimEnd();
        return text.PadRight(length, '.');
    }
}
