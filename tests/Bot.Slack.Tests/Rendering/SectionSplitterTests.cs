using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class SectionSplitterTests
{
    [Fact]
    public void Split_ShortText_IsOnePiece()
    {
        Assert.Equal(["Short text."], SectionSplitter.Split("  Short text.  ", 100));
    }

    [Fact]
    public void Split_PrefersParagraphBreak()
    {
        var text = new string('a', 60) + ". Next sentence here.\n\nSecond paragraph that runs on.";

        var pieces = SectionSplitter.Split(text, 100);

        Assert.Equal([new string('a', 60) + ". Next sentence here.", "Second paragraph that runs on."], pieces);
    }

    [Fact]
    public void Split_PrefersSentenceEndWithMarkersOverSpace()
    {
        var text = "First sentence is here with words [1][2]. Second sentence keeps going on and on without end";

        var pieces = SectionSplitter.Split(text, 60);

        Assert.Equal("First sentence is here with words [1][2].", pieces[0]);
        Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, 60));
    }

    [Fact]
    public void Split_LongWordOfEntities_NeverCutsAnEntity()
    {
        var text = SlackText.Escape(new string('&', 100) + new string('<', 100));

        var pieces = SectionSplitter.Split(text, 101);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, piece =>
        {
            Assert.InRange(piece.Length, 1, 101);
            Assert.Matches("^(&amp;|&lt;)+$", piece);
        });
    }
}
