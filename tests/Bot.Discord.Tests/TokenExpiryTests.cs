using System.Runtime.CompilerServices;
using Bot.Answering;
using Bot.Core.Replies;
using Bot.Discord.Interactions;
using Bot.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests;

public sealed class TokenExpiryTests
{
    [Fact]
    public async Task AnswerReadyAfterFifteenMinutes_DeferredCommand_SkipsTheExpiredFollowUp()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var gate = new TaskCompletionSource<BotReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await DiscordHost.StartAsync(wrapBot: _ => new GatedBot(gate.Task), configure: services => services.AddSingleton<TimeProvider>(time));
        var interactions = host.Services.GetRequiredService<DiscordInteractions>();
        var interaction = Interaction.Parse(System.Text.Json.JsonDocument.Parse(Interactions.Command("ask", ("question", "Who ordered the halt?"))).RootElement)!;

        var responding = interactions.RespondAsync(interaction);
        await Task.Delay(100); // let the inline-budget timer start on the fake clock
        Assert.False(responding.IsCompleted);
        time.Advance(DiscordInteractions.InlineBudget);
        var deferred = await responding;
        time.Advance(TimeSpan.FromMinutes(16));
        gate.SetResult(new BotReply("ask", "q", "Late answer [1].", false, [], [], "extractive"));
        await Task.Delay(500);

        Assert.Equal(5, deferred["type"]!.GetValue<int>());
        Assert.DoesNotContain(host.Api.Calls, c => c.Route.StartsWith("webhooks/", StringComparison.Ordinal));
    }

    private sealed class GatedBot(Task<BotReply> answer) : IStoryBot
    {
        public Task<BotReply> AskAsync(string question, Conversation? conversation = null, CancellationToken cancellationToken = default) => answer;

        public async IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return AnswerUpdate.Completed(await answer);
        }

        public Task<BotReply> RunAsync(string command, string? argument, Conversation? conversation = null, CancellationToken cancellationToken = default) => answer;
    }
}
