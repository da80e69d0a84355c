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
    [InlineData(ReplyCommands.Summary)]
    [InlineData(ReplyCommands.Who)]
    [InlineData(ReplyCommands.Why)]
    [InlineData(ReplyCommands.Timeline)]
    [InlineData(ReplyCommands.Sources)]
    public async Task RunAsync_Command_RunsTheStoryPluginFunction(string command)
    {
        var recorder = new InvocationRecorder();
        await using var services = EngineFixture.Create(configure: s => s.AddSingleton<IFunctionInvocationFilter>(recorder));

        var reply = await services.GetRequiredService<IStoryBot>().RunAsync(command, null);

        Assert.Equal(command, reply.Command);
        Assert.Contains($"{StoryMapPlugin.PluginName}.{command}", recorder.Invoked);
        Assert.NotEmpty(reply.Items);
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
