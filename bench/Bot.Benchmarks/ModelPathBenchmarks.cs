using BenchmarkDotNet.Attributes;
using Bot.Answering;
using Bot.Answering.Verification;
using Bot.Core.Model;
using Bot.Corpus;
using Bot.Engine;
using Bot.Llm;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks;

/// <summary>
/// What the LLM path adds around the model call on the shipped corpus: choosing passages within the token budget
/// (BM25 + o200k token counts), checking a typical four-sentence answer, and a cache hit.
/// </summary>
[MemoryDiagnoser]
public class ModelPathBenchmarks
{
    private const string ModelAnswer =
        "Defense Secretary Pete Hegseth issued the directive to halt offensive cyber operations against Russia [1]. " +
        "Officials said it aims to align military actions with diplomatic negotiations [1]. " +
        "The rationale has not been made public [1]. Hegseth was fired the next day [2].";

    private CorpusKnowledge _knowledge = null!;
    private ContextBuilder _context = null!;
    private IReadOnlyList<Passage> _passages = null!;
    private AnswerCache _cache = null!;
    private string _key = "";
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = CorpusKnowledge.Build(CorpusLoader.LoadDirectory(Paths.Corpus()));
        _context = new ContextBuilder(new TokenCounter(), Options.Create(new AiOptions()));
        _passages = _context.Build(_knowledge, "Who ordered the halt and why?").Passages;
        _cache = new AnswerCache(1_000);
        _key = AnswerCache.KeyFor(_knowledge.Version, "llm:m", "ask", "Who ordered the halt?");
        _cache.Add(_key, new AnswerEngine().Ask("Who ordered the halt?", _knowledge));
    }

    [Benchmark(Description = "passages within 1,500 tokens")]
    public PassageContext Context() => _context.Build(_knowledge, Questions.Shipped[_next++ % Questions.Shipped.Length]);

    [Benchmark(Description = "verify a 4-sentence model answer")]
    public VerifiedAnswer Verify() => CitationVerifier.Verify(ModelAnswer, _passages, _knowledge.NameWords, PromptLibrary.NotFoundToken);

    [Benchmark(Description = "answer cache hit")]
    public bool CacheHit() => _cache.TryGet(_key, out _);
}
