using System.Text.Json.Nodes;
using Bot.Core.Replies;
using Bot.Discord.Rendering;

namespace Bot.Discord.Tests;

public sealed class RendererTests
{
    [Fact]
    public void LongAnswer_Render_SplitsIntoMessagesWithinEveryLimit()
    {
        var reply = Reply(string.Join(" ", Enumerable.Repeat("This sentence is part of a very long answer [1].", 250)), citations: 60);

        var messages = DiscordReplyRenderer.Render(reply, "r1", ephemeral: false);

        Assert.True(messages.Count > 2);
        foreach (var message in messages)
        {
            Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
            var embeds = message["embeds"]!.AsArray();
            Assert.InRange(embeds.Count, 1, DiscordLimits.EmbedsPerMessage);
            var total = 0;
            foreach (var embed in embeds.OfType<JsonObject>())
            {
                var description = embed["description"]?.GetValue<string>() ?? "";
                Assert.True(description.Length <= DiscordLimits.Description);
                var fields = embed["fields"]?.AsArray() ?? [];
                Assert.True(fields.Count <= DiscordLimits.Fields);
                Assert.All(fields, f =>
                {
                    Assert.InRange(f!["name"]!.GetValue<string>().Length, 1, DiscordLimits.FieldName);
                    Assert.InRange(f["value"]!.GetValue<string>().Length, 1, DiscordLimits.FieldValue);
                });
                total += description.Length + (embed["title"]?.GetValue<string>().Length ?? 0) + (embed["footer"]?["text"]?.GetValue<string>().Length ?? 0)
                    + fields.Sum(f => f!["name"]!.GetValue<string>().Length + f["value"]!.GetValue<string>().Length);
            }

            Assert.True(total <= DiscordLimits.EmbedTotal, $"{total} characters in one message");
        }

        var shownSources = messages.SelectMany(m => m["embeds"]!.AsArray()).Sum(e => e!["fields"]?.AsArray().Count ?? 0);
        Assert.Equal(60, shownSources);
        Assert.Equal(string.Concat(reply.Text.Where(c => !char.IsWhiteSpace(c))),
            string.Concat(messages.SelectMany(m => m["embeds"]!.AsArray()).Select(e => e!["description"]?.GetValue<string>() ?? "").SelectMany(d => d.Where(c => !char.IsWhiteSpace(c)))));
    }

    [Fact]
    public void Reply_Render_PutsButtonsOnTheLastMessageOnly()
    {
        var messages = DiscordReplyRenderer.Render(Reply(new string('a', 9000), citations: 2), "r2", ephemeral: false);

        Assert.Null(messages[0]["components"]);
        var buttons = messages[^1]["components"]![0]!["components"]!.AsArray();
        Assert.InRange(buttons.Count, 1, DiscordLimits.ButtonsPerRow);
        Assert.All(buttons, b =>
        {
            Assert.InRange(b!["custom_id"]!.GetValue<string>().Length, 1, DiscordLimits.CustomId);
            Assert.InRange(b["label"]!.GetValue<string>().Length, 1, DiscordLimits.ButtonLabel);
        });
    }

    [Fact]
    public void PingsInAnswer_Render_AreNeverParsed()
    {
        var messages = DiscordReplyRenderer.Render(Reply("@everyone <@&1> <@2> @here read this [1].", citations: 1), "r3", ephemeral: true);

        var message = Assert.Single(messages);
        Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(message["allowed_mentions"]!["users"]);
        Assert.Equal(64, message["flags"]!.GetValue<int>());
    }

    [Fact]
    public void Citations_Render_QuoteVerbatimWithTitles()
    {
        var reply = Reply("Answer [1].", citations: 1);

        var field = DiscordReplyRenderer.Render(reply, "r4", ephemeral: false)[0]["embeds"]![0]!["fields"]![0]!;

        Assert.Equal("[1] Title 1", field["name"]!.GetValue<string>());
        Assert.Contains(reply.Citations[0].Quote, field["value"]!.GetValue<string>());
    }

    [Fact]
    public void Splitter_Split_PrefersSentenceBoundaries()
    {
        var parts = TextSplitter.Split("First sentence here. Second sentence is longer than the limit allows.", 40);

        Assert.Equal("First sentence here.", parts[0]);
        Assert.All(parts, p => Assert.True(p.Length <= 40));
    }

    private static BotReply Reply(string text, int citations) => new(
        "ask", "q", text, false,
        Enumerable.Range(1, citations).Select(i => new Citation(i, "a", $"a#p{i}", $"a#p{i}.s1", $"Quote number {i}, long enough to take some room in the field: " + new string('q', 300), $"Title {i}", null)).ToArray(),
        [], "extractive");
}
