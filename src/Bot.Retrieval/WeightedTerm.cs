namespace Bot.Retrieval;

/// <summary>A stem to search for and how much a match counts (1 for the user's own word, less for a synonym).</summary>
public readonly record struct WeightedTerm(string Stem, float Weight);
