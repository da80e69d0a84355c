using BenchmarkDotNet.Attributes;
using Bot.Answering;
using Bot.Corpus;

namespace Bot.Benchmarks;

/// <summary>Answer time as the corpus grows (generated articles).</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private readonly AnswerEngine _engine = new();
    private CorpusKnowledge _knowledge = null!;
    private int _next;

    [Params(100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _knowledge = CorpusKnowledge.Build(CorpusLoader.Load(SyntheticArticles.Generate(Articles)));

    [Benchmark(Description = "answer on generated corpus")]
    public object Ask() => _engine.Ask(Questions.Synthetic[_next++ % Questions.Synthetic.Length], _knowledge);
}
