using System.Text.Json.Nodes;
using Bot.Answering;
using Bot.Core.Replies;
using Bot.Engine;

namespace Bot.Discord.Tests;

public sealed class LongSlowAnswerTests
{
    [Fact]
    public async Task LongSlowAnswer_Command_EditsTheOriginalThenContinuesInFollowUps()
    {
        await using var host = await DiscordHost.StartAsync(wrapBot: inner => new LongSlowBot(inner));

        var response = JsonNode.Parse(await (await host.SendAsync(Interactions.Command("ask", ("question", "Tell me everything")))).Content.ReadAsStringAsync())!;

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.Null(response["data"]);
        var original = Assert.Single(await host.Api.WaitForAsync(c => c.Method == "PATCH" && c.Route.EndsWith("/messages/@original", StringComparison.Ordinal), timeoutMs: 15_000));
        var followUps = await host.Api.WaitForAsync(c => c.Method == "POST" && c.Route == $"webhooks/{DiscordHost.ApplicationId}/interaction-token-abc", 2, timeoutMs: 15_000);
        Assert.Equal(2, followUps.Count);
        foreach (var message in new[] { original }.Concat(followUps))
        {
            Assert.Empty(message.Json!["allowed_mentions"]!["parse"]!.AsArray());
            Assert.True(message.Json["embeds"]![0]!["description"]!.GetValue<string>().Length <= 4096);
            Assert.Null(message.Json["flags"]);
        }
    }

    /// <summary>Answers /ask slowly with a 10,000-character reply; everything else as the real bot does.</summary>
    private sealed class LongSlowBot(IStoryBot inner) : IStoryBot
    {
        public Task<BotReply> AskAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default) =>
            inner.AskAsync(question, conversation, cancellationToken);

        public IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default) =>
            inner.AskStreamingAsync(question, conversation, cancellationToken);

        public async Task<BotReply> RunAsync(string command, string? argument, Conversation? conversation = null, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds(2.5), cancellationToken);
            var text = string.Join(" ", Enumerable.Repeat("A sentence of a long answer that goes on [1].", 220));
            return new BotReply(command, argument ?? "", text, false, [new Citation(1, "a", "a#p1", "a#p1.s1", "Quote.", "Title", null)], [], "extractive");
        }
    }
}
