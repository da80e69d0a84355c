namespace Bot.Core.Replies;

/// <summary>
/// One structured line of a reply (an actor, a decision, a timeline event, an article), with the markers of the
/// citations that support it. Adapters render these as fields or list items.
/// </summary>
public sealed record ReplyItem(string Kind, string Label, string Text, IReadOnlyList<int> Markers)
{
    public IReadOnlyDictionary<string, string>? Details { get; init; }
}
