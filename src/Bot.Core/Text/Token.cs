namespace Bot.Core.Text;

/// <summary>A word of a text: its original spelling, its lower-case form and where it stands.</summary>
public readonly record struct Token(string Original, string Lower, int Start, int Length)
{
    public bool IsCapitalized => Original.Length > 0 && char.IsUpper(Original[0]);

    public bool IsNumber => Lower.Length > 0 && char.IsDigit(Lower[0]);
}
