using Bot.Core.Model;

namespace Bot.Retrieval;

/// <summary>A sentence found by the index, with its BM25 score.</summary>
public readonly record struct SearchHit(Sentence Sentence, float Score);
