namespace Bot.Core.Replies;

/// <summary>
/// What the citation check did to a model-written answer: how many sentences it read, kept and removed, how many
/// markers pointed to no passage, and how many sentences were re-attributed to the passage that supports them.
/// </summary>
public sealed record VerificationReport(int Sentences, int Kept, int Removed, int DanglingMarkers, int Reattributed);
