using BenchmarkDotNet.Attributes;
using Bot.Answering;
using Bot.Corpus;
using Bot.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>One answer on the shipped corpus: the extractive engine alone, and end to end through the Semantic Kernel.</summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private readonly AnswerEngine _engine = new();
    private CorpusKnowledge _knowledge = null!;
    private ServiceProvider _services = null!;
    private IStoryBot _bot = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Paths.Corpus();
        _knowledge = CorpusKnowledge.Build(CorpusLoader.LoadDirectory(corpus));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Corpus:Path"] = corpus, ["Ai:CacheEntries"] = "0" }).Build();
        _services = new ServiceCollection().AddLogging().AddStoryBotEngine(configuration).BuildServiceProvider();
        _bot = _services.GetRequiredService<IStoryBot>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "extractive engine, shipped corpus")]
    public object Engine() => _engine.Ask(Questions.Shipped[_next++ % Questions.Shipped.Length], _knowledge);

    [Benchmark(Description = "through Semantic Kernel (StoryBot)")]
    public Task<Bot.Core.Replies.BotReply> Kernel() => _bot.AskAsync(Questions.Shipped[_next++ % Questions.Shipped.Length]);
}
