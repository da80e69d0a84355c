using System.Diagnostics;
using Bot.Answering;
using Bot.Corpus;

namespace Bot.Benchmarks;

/// <summary>
/// Runs that BenchmarkDotNet's per-method statistics do not give directly: latency percentiles over many
/// questions, build time and memory as the corpus grows, and how long the CLI takes to answer from a cold start.
/// </summary>
public static class LoadRuns
{
    public static void Latency(int rounds = 2_000)
    {
        var knowledge = CorpusKnowledge.Build(CorpusLoader.LoadDirectory(Paths.Corpus()));
        var engine = new AnswerEngine();
        Measure("shipped corpus", knowledge, engine, Questions.Shipped, rounds);
    }

    public static void Scale(int[] sizes)
    {
        Console.WriteLine("| articles | sentences | load+index+story map (s) | managed heap after build (MB) | peak working set (MB) | answer p50 (ms) | answer p99 (ms) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var started = Stopwatch.GetTimestamp();
            var knowledge = CorpusKnowledge.Build(CorpusLoader.Load(SyntheticArticles.Generate(size)));
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var heap = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            var (p50, p99) = Percentiles(knowledge, new AnswerEngine(), Questions.Synthetic, 400);
            Console.WriteLine($"| {size:N0} | {knowledge.Corpus.Sentences.Count:N0} | {seconds:F1} | {heap:F0} | {peak:F0} | {p50:F2} | {p99:F2} |");
            knowledge.Dispose();
        }
    }

    public static void CliStartup(string hostDll, int runs = 10)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("dotnet", [hostDll, "ask", "--json", "Who ordered the halt?"]) { RedirectStandardOutput = true, WorkingDirectory = Path.GetDirectoryName(Paths.Corpus())! };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        Console.WriteLine($"CLI cold start to answer (dotnet Bot.Host.dll ask --json ...): median {times[times.Count / 2]:F2} s, min {times[0]:F2} s, max {times[^1]:F2} s over {runs} runs");
    }

    private static void Measure(string name, CorpusKnowledge knowledge, AnswerEngine engine, string[] questions, int rounds)
    {
        var (p50, p99) = Percentiles(knowledge, engine, questions, rounds);
        Console.WriteLine($"{name}: {rounds:N0} answers after warm-up: p50 {p50:F3} ms, p99 {p99:F3} ms");
    }

    private static (double P50, double P99) Percentiles(CorpusKnowledge knowledge, AnswerEngine engine, string[] questions, int rounds)
    {
        foreach (var question in questions.Concat(questions))
        {
            engine.Ask(question, knowledge); // warm-up: JIT and caches
        }

        var samples = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            engine.Ask(questions[i % questions.Length], knowledge);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        return (samples[(int)(rounds * 0.50)], samples[Math.Min(rounds - 1, (int)(rounds * 0.99))]);
    }
}
