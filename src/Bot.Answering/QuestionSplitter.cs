using System.Text.RegularExpressions;

namespace Bot.Answering;

/// <summary>
/// Splits a message that asks several things ("who ordered it and who defended it?", "Who? And why?") into
/// questions answered one by one. A single question comes back unchanged.
/// </summary>
public static partial class QuestionSplitter
{
    public const int MaxParts = 3;

    public static IReadOnlyList<string> Split(string question)
    {
        var parts = new List<string>();
        foreach (var sentence in QuestionMark().Split(question))
        {
            parts.AddRange(AndWh().Split(sentence));
        }

        var kept = parts.Select(p => p.Trim(' ', ',', ';', ':')).Where(p => p.Length > 0).ToList();
        if (kept.Count <= 1 || kept.Any(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 1))
        {
            return [question];
        }

        return kept.Take(MaxParts).ToList();
    }

    [GeneratedRegex(@"(?<=\?)\s+(?=\S)")]
    private static partial Regex QuestionMark();

    [GeneratedRegex(@"(?:,\s*|\s+)and\s+(?=(?:who|what|why|when|where|how|which)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AndWh();
}
