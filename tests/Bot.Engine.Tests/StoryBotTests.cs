using Bot.Core.Replies;
using Bot.Engine.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Bot.Engine.Tests;

public sealed class StoryBotTests
{
    [Fact]
    public async Task AskAsync_Question_IsAnsweredThroughTheKernelsAnsweringFunction()
    {
        var recorder = new InvocationRecorder();
        await using var services = EngineFixture.Create(configure: s => s.AddSingleton<IFunctionInvocationFilter>(recorder));

        var reply = await services.GetRequiredService<IStoryBot>().AskAsync("Who ordered the halt?");

        Assert.Contains($"{AnsweringPlugin.PluginName}.{AnsweringPlugin.AskFunction}", recorder.Invoked);
        Assert.Contains("Hegseth", reply.Text);
        Assert.Equal("extractive", reply.Engine);
        Assert.True(reply.ElapsedMs > 0);
    }

    [Theory]
    [InlineData(ReplyCommands.Summary, AnsweringPlugin.PluginName)]
    [InlineData(ReplyCommands.Who, AnsweringPlugin.PluginName)]
    [InlineData(ReplyCommands.Why, AnsweringPlugin.PluginName)]
    [InlineData(ReplyCommands.Timeline, StoryMapPlugin.PluginName)]
    [InlineData(ReplyCommands.Sources, StoryMapPlugin.PluginName)]
    public async Task RunAsync_Command_RunsItsKernelFunction(string command, string plugin)
    {
        var recorder = new InvocationRecorder();
        await using var services = EngineFixture.Create(configure: s => s.AddSingleton<IFunctionInvocationFilter>(recorder));

        var reply = await services.GetRequiredService<IStoryBot>().RunAsync(command, null);

        Assert.Equal(command, reply.Command);
        Assert.Contains($"{plugin}.{command}", recorder.Invoked);
        Assert.NotEmpty(reply.Items);
    }

    [Fact]
    public async Task AskStreamingAsync_EmbeddedEngine_EndsWithTheSameReplyAsAsk()
    {
        await using var services = EngineFixture.Create(new() { ["Ai:CacheEntries"] = "0" });
        var bot = services.GetRequiredService<IStoryBot>();

        var updates = new List<AnswerUpdate>();
        await foreach (var update in bot.AskStreamingAsync("Why was the halt ordered?"))
        {
            updates.Add(update);
        }

        var final = Assert.Single(updates, u => u.IsFinal).Final!;
        Assert.True(updates[^1].IsFinal);
        var direct = await bot.AskAsync("Why was the halt ordered?");
        Assert.Equal(direct.Text, final.Text);
        Assert.Equal(direct.Citations, final.Citations);
    }

    [Fact]
    public async Task AskAsync_SameQuestionTwice_IsServedFromTheCacheAndCounted()
    {
        await using var services = EngineFixture.Create();
        var bot = services.GetRequiredService<IStoryBot>();
        var cache = services.GetRequiredService<AnswerCache>();

        var first = await bot.AskAsync("Who ordered the halt?");
        var second = await bot.AskAsync("  who ordered the HALT?  ");

        Assert.False(first.Cached);
        Assert.True(second.Cached);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public async Task AskAsync_FollowUpInAConversation_IsNotServedFromTheCache()
    {
        await using var services = EngineFixture.Create();
        var bot = services.GetRequiredService<IStoryBot>();
        var conversation = new Bot.Answering.Conversation();

        await bot.AskAsync("Why did he do it?");
        await bot.AskAsync("Who is Mike Waltz?", conversation);
        var followUp = await bot.AskAsync("Why did he do it?", conversation);

        Assert.False(followUp.Cached);
    }

    [Fact]
    public async Task AskAsync_CachedFirstQuestionOfAChat_StillResolvesTheNextFollowUp()
    {
        await using var services = EngineFixture.Create();
        var bot = services.GetRequiredService<IStoryBot>();
        await bot.AskAsync("Who is Mike Waltz?");
        var conversation = new Bot.Answering.Conversation();

        var cached = await bot.AskAsync("Who is Mike Waltz?", conversation);
        var followUp = await bot.AskAsync("What did he say?", conversation);

        Assert.True(cached.Cached);
        Assert.Contains("Waltz", followUp.Text);
    }

    [Fact]
    public async Task AskAsync_CorpusChanged_CacheIsClearedAndTheNewVersionAnswers()
    {
        var folder = Directory.CreateTempSubdirectory("bot-cache-");
        try
        {
            File.Copy(Path.Combine(EngineFixture.RepositoryRoot, "corpus", "halt-cyber-ops.md"), Path.Combine(folder.FullName, "a.md"));
            await using var services = EngineFixture.Create(new() { ["Corpus:Path"] = folder.FullName });
            var bot = services.GetRequiredService<IStoryBot>();
            var cache = services.GetRequiredService<AnswerCache>();
            await bot.AskAsync("Who ordered the halt?");
            Assert.Equal(1, cache.Count);

            File.WriteAllText(Path.Combine(folder.FullName, "b.md"), "---\ntitle: Bus fares\n---\nTransport Minister Ana Ruiz froze bus fares.\n");
            services.GetRequiredService<Bot.Corpus.CorpusStore>().Reload();
            var after = await bot.AskAsync("Who ordered the halt?");

            Assert.False(after.Cached);
            Assert.Equal(1, cache.Count); // only the new version's entry: the old one was cleared, not left to age out
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ThrowsWithTheListOfCommands()
    {
        await using var services = EngineFixture.Create();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => services.GetRequiredService<IStoryBot>().RunAsync("weather", null));

        Assert.Contains("summary", error.Message);
    }

    [Fact]
    public async Task Kernel_Plugins_ExposeCorpusSearchStoryMapAndAnswering()
    {
        await using var services = EngineFixture.Create();
        var kernel = services.GetRequiredService<Kernel>();

        Assert.True(kernel.Plugins.TryGetFunction(CorpusSearchPlugin.PluginName, "search", out _));
        Assert.True(kernel.Plugins.TryGetFunction(StoryMapPlugin.PluginName, ReplyCommands.Who, out _));
        Assert.True(kernel.Plugins.TryGetFunction(AnsweringPlugin.PluginName, AnsweringPlugin.AskFunction, out _));
    }

    [Fact]
    public async Task CorpusSearch_ThroughKernel_ReturnsNumberedSentencesWithIds()
    {
        await using var services = EngineFixture.Create();
        var kernel = services.GetRequiredService<Kernel>();

        var result = await kernel.InvokeAsync(CorpusSearchPlugin.PluginName, "search", new KernelArguments { ["query"] = "defense secretary directive", ["top"] = 3 });

        var text = result.GetValue<string>()!;
        Assert.StartsWith("[1] (halt-cyber-ops#p", text);
        Assert.Contains("Hegseth", text);
    }

    private sealed class InvocationRecorder : IFunctionInvocationFilter
    {
        public List<string> Invoked { get; } = [];

        public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
        {
            Invoked.Add($"{context.Function.PluginName}.{context.Function.Name}");
            await next(context);
        }
    }
}
