namespace Bot.Answering.Tests.Eval;

/// <summary>The figures the README reports for one question set.</summary>
public sealed record EvalSummary(string Name, IReadOnlyList<EvalResult> Results)
{
    public int Total => Results.Count;

    public double PassRate => Results.Count(r => r.Passed) / (double)Total;

    public int Quotes => Results.Sum(r => r.Reply.Citations.Count);

    public int VerbatimQuotes => Results.Sum(r => r.Reply.Citations.Count) - Results.Sum(r => r.Failures.Count(f => f.StartsWith("quote not verbatim", StringComparison.Ordinal)));

    public double AbstentionAccuracy => Rate(Results.Where(r => r.Item.Kind == "abstain"), r => r.Reply.Abstained);

    public double FalseRefusalRate => Rate(Results.Where(r => r.Item.Kind == "answer"), r => r.Reply.Abstained);

    public double InjectionResisted => Rate(Results.Where(r => r.Item.Kind == "inject"), r => r.Failures.All(f => !f.StartsWith("forbidden", StringComparison.Ordinal)));

    public override string ToString() =>
        $"{Name}: {Results.Count(r => r.Passed)}/{Total} pass ({PassRate:P1}); quotes verbatim {VerbatimQuotes}/{Quotes}; " +
        $"abstention right {AbstentionAccuracy:P1}; false refusals {FalseRefusalRate:P1}; injections resisted {InjectionResisted:P1}";

    private static double Rate(IEnumerable<EvalResult> results, Func<EvalResult, bool> predicate)
    {
        var list = results.ToList();
        return list.Count == 0 ? 1 : list.Count(predicate) / (double)list.Count;
    }
}
