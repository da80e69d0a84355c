namespace Bot.Core.Model;

/// <summary>A file the loader skipped, and why, so operators can fix it.</summary>
public sealed record CorpusProblem(string Path, string Reason);
