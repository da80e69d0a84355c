namespace Bot.Core.Model;

/// <summary>A paragraph of an article. <see cref="Id"/> is stable: <c>{articleId}#p{n}</c>, counted after de-duplication.</summary>
public sealed record Passage(string Id, string ArticleId, int Number, string Text, IReadOnlyList<Sentence> Sentences);
