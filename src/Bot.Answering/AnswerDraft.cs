using Bot.Core.Model;

namespace Bot.Answering;

/// <summary>One sentence of an answer and the corpus sentences that support it (cited as [n]).</summary>
public sealed record AnswerPart(string Text, IReadOnlyList<Sentence> Evidence)
{
    public static AnswerPart Plain(string text) => new(text, []);

    /// <summary>A corpus sentence reported as it stands, cited to itself.</summary>
    public static AnswerPart Quote(Sentence sentence) => new(AnswerText.Readable(sentence.Text), [sentence]);
}

/// <summary>An answer before numbering: its parts, whether the bot abstained, and any structured items.</summary>
public sealed record AnswerDraft(IReadOnlyList<AnswerPart> Parts, bool Abstained)
{
    public IReadOnlyList<DraftItem> Items { get; init; } = [];

    public string? ResolvedQuestion { get; init; }

    /// <summary>Two answers as one: the parts of both (each said once); abstained only when both are.</summary>
    public static AnswerDraft Merge(AnswerDraft first, AnswerDraft second) =>
        new(first.Parts.Concat(second.Parts).DistinctBy(p => p.Text).ToList(), first.Abstained && second.Abstained)
        {
            Items = [.. first.Items, .. second.Items],
        };
}

/// <summary>A structured line of a reply (an actor, an event), with the sentences that back it.</summary>
public sealed record DraftItem(string Kind, string Label, string Text, IReadOnlyList<Sentence> Evidence)
{
    public IReadOnlyDictionary<string, string>? Details { get; init; }
}
