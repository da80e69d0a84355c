using System.Text.Json.Nodes;
using Bot.Slack.Protocol;
using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public sealed class BlockSizeTests
{
    [Fact]
    public void Of_Blocks_CountsEachCharacterOnceLikeTheJsonText()
    {
        var blocks = new JsonArray(
            BlockKit.Section("Line one\nline two \U0001F600 caf\u00E9 \"quoted\" &amp;"),
            BlockKit.Context(["a", "b"]),
            BlockKit.Actions([BlockKit.Button("Helpful", "feedback_helpful", "id")]));

        Assert.Equal(new SlackMessage("t", blocks).SerializedLength(), BlockSize.Of(blocks));
    }
}
