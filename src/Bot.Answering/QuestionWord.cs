namespace Bot.Answering;

/// <summary>A word of the user's question after spelling correction.</summary>
public sealed record QuestionWord(string Original, string Lower, string Stem, bool WasCorrected)
{
    public bool IsCapitalized => Original.Length > 0 && char.IsUpper(Original[0]);
}
