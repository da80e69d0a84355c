namespace Bot.Core.Model;

/// <summary>
/// A sentence of a passage, the unit the bot cites. <see cref="Id"/> is <c>{articleId}#p{n}.s{m}</c>;
/// <see cref="Ordinal"/> is its position in the whole corpus, used to keep answers in reading order.
/// </summary>
public sealed record Sentence(string Id, string ArticleId, string PassageId, int PassageNumber, int Number, int Ordinal, string Text)
{
    /// <summary>A headline or section heading: citable, but weaker evidence than body text.</summary>
    public bool IsHeading { get; init; }
}
