using Bot.Core.Replies;
using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class SlackReplyRendererTests
{
    private const string Mentions = "<!channel> <!here> <!everyone> <!subteam^S1> <@U123>";

    private static readonly SlackRenderOptions Defaults = new() { ReplyId = "r-42" };

    [Fact]
    public void Render_ShortReply_IsOneMessageWithAnswerSectionFirst()
    {
        var reply = ReplyData.Reply("The council approved the budget [1].", [ReplyData.Citation(1, "approved the budget")]);

        var messages = SlackReplyRenderer.Render(reply, Defaults);

        var message = Assert.Single(messages);
        Assert.Equal("The council approved the budget [1].", message.SectionTexts().First());
        Assert.StartsWith("The council approved the budget [1].", message.Text);
    }

    [Fact]
    public void Render_ControlCharacters_AreEscapedExactlyOnce()
    {
        var reply = ReplyData.Reply("Costs & <fees> rose > 5%.", [ReplyData.Citation(1, "A & B <c>", "Q&A <live>")]);

        var message = Assert.Single(SlackReplyRenderer.Render(reply, Defaults));

        Assert.Equal("Costs &amp; &lt;fees&gt; rose &gt; 5%.", message.SectionTexts().First());
        Assert.Equal("*[1]* \u201CA &amp; B &lt;c&gt;\u201D \u2014 _Q&amp;A &lt;live&gt;_", Assert.Single(message.ContextTexts()));
        Assert.All(message.AllTexts(), text => Assert.DoesNotContain("&amp;amp;", text));
        Assert.All(message.AllTexts(), text => Assert.DoesNotContain("&amp;lt;", text));
    }

    [Fact]
    public void Render_BroadcastMentionsEverywhere_AreInert()
    {
        var reply = ReplyData.Reply(
            $"Answer {Mentions}",
            [ReplyData.Citation(1, $"Quote {Mentions}", $"Title {Mentions}", "https://example.com/a")],
            [new ReplyItem($"kind {Mentions}", $"Label {Mentions}", $"Text {Mentions}", [1])]) with
        {
            Notes = [$"Note {Mentions}"],
        };

        var messages = SlackReplyRenderer.Render(reply, Defaults);

        var texts = messages.SelectMany(message => message.AllTexts()).ToList();
        Assert.Contains(texts, text => text.Contains("&lt;!channel&gt;", StringComparison.Ordinal));
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("<!", text);
            Assert.DoesNotContain("<@", text);
            Assert.DoesNotContain("<#", text);
        });
        var links = texts.SelectMany(text => text.Split('<').Skip(1));
        Assert.All(links, link => Assert.StartsWith("https://example.com/a|", link));
    }

    [Fact]
    public void Render_AnyReply_NeverAsksSlackToParseNames()
    {
        var reply = ReplyData.Reply($"Hi {Mentions}", ReplyData.Citations(3)) with { Notes = ["note"] };

        var messages = SlackReplyRenderer.Render(reply, Defaults with { IncludeShareButton = true })
            .Concat(SlackReplyRenderer.RenderSources(reply));

        Assert.All(messages, message =>
        {
            Assert.DoesNotContain("link_names", message.PropertyNames());
            Assert.DoesNotContain("parse", message.PropertyNames());
            Assert.All(message.OfType("section"), section => Assert.True((bool)section["text"]!["verbatim"]!));
        });
    }

    [Fact]
    public void Render_Notes_BecomeContextBlocksOfAtMostTenElements()
    {
        var notes = Enumerable.Range(1, 12).Select(n => $"Note {n} & more").ToList();
        var reply = ReplyData.Reply("Answer.") with { Notes = notes };

        var message = Assert.Single(SlackReplyRenderer.Render(reply, Defaults));

        var contexts = message.OfType("context").ToList();
        Assert.Equal([10, 2], contexts.Select(context => context["elements"]!.AsArray().Count));
        Assert.Equal(notes.Select(SlackText.Escape), message.ContextTexts());
        Assert.Equal("section", (string?)message.Blocks().First()["type"]);
    }

    [Fact]
    public void Render_Items_AreCompactLinesAfterTheAnswer()
    {
        ReplyItem[] items =
        [
            new("actor", "Mayor Lee", "Proposed the <new> budget", [1, 2]),
            new("decision", "Budget", "Approved 7-2", []),
        ];
        var reply = ReplyData.Reply("Answer.", items: items);

        var message = Assert.Single(SlackReplyRenderer.Render(reply, Defaults));

        Assert.Equal(
            ["Answer.", "\u2022 _actor_ *Mayor Lee*: Proposed the &lt;new&gt; budget [1][2]\n\u2022 _decision_ *Budget*: Approved 7-2"],
            message.SectionTexts());
    }

    [Fact]
    public void Render_AbstainedReply_ShowsTextThenCitations()
    {
        var reply = ReplyData.Reply(
            "The articles do not say who won.", [ReplyData.Citation(1, "The count continues.")], abstained: true);

        var message = Assert.Single(SlackReplyRenderer.Render(reply, Defaults));

        Assert.Equal(["section", "section", "context", "actions"], message.Blocks().Select(block => (string?)block["type"]));
        Assert.Equal(["The articles do not say who won.", "*Sources*"], message.SectionTexts());
        Assert.Contains("The count continues.", Assert.Single(message.ContextTexts()), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyAnswer_StillHasNonEmptyTextAndSection()
    {
        var message = Assert.Single(SlackReplyRenderer.Render(ReplyData.Reply("  "), Defaults));

        Assert.False(string.IsNullOrWhiteSpace(message.Text));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(message.SectionTexts())));
    }
}
