using Bot.Core.Model;

namespace Bot.Llm;

/// <summary>The passages sent to the model, numbered as the prompt shows them (<c>Passages[0]</c> is [1]), and their token count.</summary>
public sealed record PassageContext(IReadOnlyList<Passage> Passages, string Text, int Tokens)
{
    public bool IsEmpty => Passages.Count == 0;
}
