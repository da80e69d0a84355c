using BenchmarkDotNet.Running;
using Bot.Benchmarks;

// dotnet run -c Release --project bench/Bot.Benchmarks -- latency | scale [sizes...] | cli <Bot.Host.dll> | <BenchmarkDotNet args>
switch (args.FirstOrDefault())
{
    case "latency":
        LoadRuns.Latency();
        break;
    case "scale":
        LoadRuns.Scale(args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [100, 1_000, 10_000]);
        break;
    case "cli":
        LoadRuns.CliStartup(args[1]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnswerBenchmarks).Assembly).Run(args);
        break;
}
