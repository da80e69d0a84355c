using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Answering.Verification;

/// <summary>
/// Splits a model's answer into sentences and the <c>[n]</c> markers each one carries (<c>[1]</c>, <c>[1, 3]</c>,
/// <c>[1][2]</c>, <c>[2-4]</c>). A marker written after the full stop ("… halt. [1]") belongs to the sentence before it.
/// </summary>
public static partial class ModelAnswerParser
{
    private const int MaxMarkersPerGroup = 10;

    [GeneratedRegex(@"\[\s*(\d{1,4}(?:\s*(?:,|;|-|–|and)\s*\d{1,4})*)\s*\]")]
    private static partial Regex MarkerGroup();

    [GeneratedRegex(@"^\s*(?:[-*•]|\d{1,2}[.)])\s+")]
    private static partial Regex BulletPrefix();

    [GeneratedRegex(@"([.!?])([""'”’)]?)\s*((?:\[\s*\d[^\]]{0,40}\]\s*)+)")]
    private static partial Regex MarkersAfterStop();

    public static IReadOnlyList<ModelClaim> Parse(string text)
    {
        var claims = new List<ModelClaim>();
        foreach (var rawLine in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var bullet = BulletPrefix().IsMatch(line);
            line = BulletPrefix().Replace(line, "").Replace("**", "");
            // "… halt. [1] Next" → "… halt [1]. Next", so each marker stays with the sentence it follows.
            line = MarkersAfterStop().Replace(line, m => $" {m.Groups[3].Value.Trim()}{m.Groups[1].Value}{m.Groups[2].Value} ");
            var first = true;
            foreach (var sentence in SentenceSplitter.Split(line))
            {
                var markers = MarkersIn(sentence);
                var claimText = Clean(MarkerGroup().Replace(sentence, ""));
                if (claimText.Length > 0)
                {
                    claims.Add(new ModelClaim(claimText, markers, bullet && first));
                }

                first = false;
            }
        }

        return claims;
    }

    public static IReadOnlyList<int> MarkersIn(string text)
    {
        var markers = new List<int>();
        foreach (Match group in MarkerGroup().Matches(text))
        {
            foreach (var number in Expand(group.Groups[1].Value))
            {
                if (!markers.Contains(number))
                {
                    markers.Add(number);
                }
            }
        }

        return markers;
    }

    private static IEnumerable<int> Expand(string group)
    {
        var parts = Regex.Split(group, @"\s*(,|;|and)\s*");
        var count = 0;
        foreach (var part in parts.Where(p => p is not ("," or ";" or "and") && p.Trim().Length > 0))
        {
            var range = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (range.Length == 2 && int.TryParse(range[0], out var from) && int.TryParse(range[1], out var to) && from <= to)
            {
                for (var n = from; n <= to && count < MaxMarkersPerGroup; n++, count++)
                {
                    yield return n;
                }
            }
            else if (int.TryParse(part.Trim(), out var single) && count++ < MaxMarkersPerGroup)
            {
                yield return single;
            }
        }
    }

    // Marker removal leaves "halt ." and double spaces behind.
    private static string Clean(string text) =>
        Regex.Replace(Regex.Replace(text, @"\s+([.,;:!?])", "$1"), @"\s{2,}", " ").Trim();
}
