using Xunit.Abstractions;

namespace Bot.Answering.Tests.Eval;

/// <summary>
/// Scores the embedded engine on the question sets in tests/eval with the rules of shared/eval/README.md.
/// dev is the tuning set; the holdout sets were written by someone who never saw the engine and are used to
/// measure how it does on questions it has never seen (see the README for which were looked at when).
/// </summary>
public sealed class EvalTests(ITestOutputHelper output)
{
    private readonly AnswerEngine _engine = new();

    public static TheoryData<string, double> Sets => new()
    {
        { "questions.dev.jsonl", 0.95 },
        { "questions.holdout.jsonl", 0.95 },
        { "questions.holdout2.jsonl", 0.95 },
        { "questions.holdout3.jsonl", 0.95 },
        { "questions.holdout4.jsonl", 0.95 },
        { "questions.holdout5.jsonl", 0.95 },
        { "questions.holdout6.jsonl", 0.95 },
        { "questions.holdout7.jsonl", 0.95 },
        { "questions.holdout8.jsonl", 0.95 },
        { "questions.holdout9.jsonl", 0.95 },
        { "questions.holdout10.jsonl", 0.95 },
        { "questions.holdout11.jsonl", 0.95 },
        { "questions.holdout12.jsonl", 0.95 },
        { "questions.holdout13.jsonl", 0.95 },
        { "questions.holdout14.jsonl", 0.95 },
        { "questions.holdout15.jsonl", 0.95 },
        { "questions.holdout16.jsonl", 0.95 },
        { "questions.holdout17.jsonl", 0.95 },
        { "questions.holdout18.jsonl", 0.95 },
        { "questions.holdout19.jsonl", 0.95 },
        { "questions.holdout20.jsonl", 0.95 },
        { "questions.holdout21.jsonl", 0.95 },
        { "questions.holdout22.jsonl", 0.95 },
        { "questions.holdout23.jsonl", 0.95 },
        { "questions.holdout24.jsonl", 0.95 },
        { "questions.holdout25.jsonl", 0.95 },
        { "questions.holdout26.jsonl", 0.95 },
        { "questions.holdout27.jsonl", 0.95 },
        { "questions.holdout28.jsonl", 0.95 },
        { "questions.holdout29.jsonl", 0.95 },
        { "questions.holdout30.jsonl", 0.95 },
        { "questions.holdout31.jsonl", 0.94 },
        { "questions.holdout32.jsonl", 0.95 },
        { "questions.holdout33.jsonl", 0.95 },
        { "questions.holdout34.jsonl", 0.91 },
        { "questions.holdout35.jsonl", 0.95 },
        { "questions.holdout36.jsonl", 0.95 },
        { "questions.holdout37.jsonl", 0.95 },
        { "questions.holdout38.jsonl", 0.94 },
        { "questions.holdout39.jsonl", 0.95 },
        { "questions.holdout40.jsonl", 0.95 },
        { "questions.holdout41.jsonl", 0.88 },
        { "questions.holdout42.jsonl", 0.95 },
        { "questions.holdout43.jsonl", 0.94 },
        { "questions.holdout44.jsonl", 0.93 },
        { "questions.holdout45.jsonl", 0.90 },
        { "questions.holdout46.jsonl", 0.94 },
        { "questions.holdout47.jsonl", 0.94 },
        { "questions.holdout48.jsonl", 0.95 },
        { "questions.holdout49.jsonl", 0.94 },
        { "questions.holdout50.jsonl", 0.94 },
        { "questions.holdout51.jsonl", 0.94 },
        { "questions.holdout52.jsonl", 0.91 },
        { "questions.holdout53.jsonl", 0.91 },
        { "questions.holdout54.jsonl", 0.93 },
        { "questions.holdout55.jsonl", 0.95 },
        { "questions.holdout56.jsonl", 0.94 },
        { "questions.holdout57.jsonl", 0.95 },
        { "questions.holdout58.jsonl", 0.95 },
        { "questions.holdout59.jsonl", 0.95 },
        { "questions.holdout60.jsonl", 0.95 },
        { "questions.holdout61.jsonl", 0.95 },
        { "questions.holdout62.jsonl", 0.95 },
        { "questions.holdout63.jsonl", 0.95 },
        { "questions.holdout64.jsonl", 0.95 },
        { "questions.holdout65.jsonl", 0.92 },
        { "questions.holdout66.jsonl", 0.93 },
        { "questions.holdout67.jsonl", 0.95 },
        { "questions.holdout68.jsonl", 0.94 },
        { "questions.holdout69.jsonl", 0.95 },
        { "questions.holdout70.jsonl", 0.96 },
        { "questions.holdout71.jsonl", 0.93 },
        { "questions.holdout72.jsonl", 0.95 },
        { "questions.holdout73.jsonl", 0.95 },
        { "questions.holdout74.jsonl", 0.96 },
        { "questions.holdout75.jsonl", 0.92 },
        { "questions.holdout76.jsonl", 0.91 },
        { "questions.holdout77.jsonl", 0.90 },
        { "questions.holdout78.jsonl", 0.96 },
        { "questions.holdout79.jsonl", 0.99 },
        { "questions.holdout80.jsonl", 0.98 },
        { "questions.holdout81.jsonl", 0.97 },
        { "questions.holdout82.jsonl", 0.98 },
        { "questions.holdout83.jsonl", 0.95 },
        { "questions.holdout84.jsonl", 0.94 },
        { "questions.holdout85.jsonl", 0.90 },
        { "questions.holdout86.jsonl", 0.92 },
        { "questions.holdout87.jsonl", 0.95 },
        { "questions.holdout88.jsonl", 0.92 },
        { "questions.holdout89.jsonl", 0.88 },
        { "questions.holdout90.jsonl", 0.91 },
        { "questions.holdout91.jsonl", 0.94 },
        { "questions.holdout92.jsonl", 0.92 },
        { "questions.holdout93.jsonl", 0.91 },
        { "questions.holdout94.jsonl", 0.88 },
        { "questions.holdout95.jsonl", 0.94 },
        { "questions.holdout96.jsonl", 0.92 },
        { "questions.holdout97.jsonl", 0.96 },
        { "questions.holdout98.jsonl", 0.90 },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void QuestionSet_AnsweredByEmbeddedEngine_MeetsPassRateWithVerbatimQuotes(string file, double minimumPassRate)
    {
        var summary = Run(file);
        output.WriteLine(summary.ToString());
        foreach (var failure in summary.Results.Where(r => !r.Passed))
        {
            output.WriteLine($"FAIL {failure.Item.Id} [{failure.Item.Kind}] {failure.Item.Question} -> {string.Join("; ", failure.Failures)}");
        }

        Assert.Equal(summary.Quotes, summary.VerbatimQuotes);
        Assert.True(summary.PassRate >= minimumPassRate, summary.ToString());
    }

    [Fact]
    public void AllSets_Combined_AbstainOnUnanswerableAndRarelyRefuseAnswerable()
    {
        var results = Sets.Select(row => Run((string)row[0])).SelectMany(s => s.Results).ToList();
        var combined = new EvalSummary("all", results);
        output.WriteLine(combined.ToString());
        Assert.True(combined.AbstentionAccuracy >= 0.95, combined.ToString());
        Assert.True(combined.FalseRefusalRate <= 0.05, combined.ToString());
        Assert.Equal(1.0, combined.InjectionResisted);
    }

    [Fact]
    public void QuestionSets_HaveAtLeastEightyItemsOfEveryKind()
    {
        var items = Sets.SelectMany(row => EvalItem.Load(Path.Combine(RepositoryPaths.Eval, (string)row[0]))).ToList();
        Assert.True(items.Count >= 80);
        Assert.Contains(items, i => i.Kind == "answer");
        Assert.Contains(items, i => i.Kind == "abstain");
        Assert.Contains(items, i => i.Kind == "inject");
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    private EvalSummary Run(string file)
    {
        var knowledge = ShippedCorpus.Knowledge;
        var corpusText = ShippedCorpus.Text;
        var items = EvalItem.Load(Path.Combine(RepositoryPaths.Eval, file));
        var results = items.Select(item => EvalScorer.Score(item, _engine.Ask(item.Question, knowledge), corpusText)).ToList();
        return new EvalSummary(Path.GetFileNameWithoutExtension(file), results);
    }
}
