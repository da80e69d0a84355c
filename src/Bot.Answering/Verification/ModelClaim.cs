namespace Bot.Answering.Verification;

/// <summary>One sentence of a model's answer with the passage numbers it cites; <see cref="Bullet"/> when it was a list item.</summary>
public sealed record ModelClaim(string Text, IReadOnlyList<int> Markers, bool Bullet);
