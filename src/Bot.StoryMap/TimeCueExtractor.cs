using System.Text.RegularExpressions;
using Bot.Core.Model;

namespace Bot.StoryMap;

/// <summary>
/// Places sentences on a rough relative time line (days from the article's present) by their cues:
/// "three years ago" ≈ −1095, "prior to ... a recent meeting" just before the recent past, "ongoing" 0,
/// "planning" / "remain to be seen" in the future.
/// </summary>
internal static class TimeCueExtractor
{
    private static readonly Dictionary<string, int> s_numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["several"] = 3, ["a few"] = 3,
    };

    public static TimelineEvent? Extract(Sentence sentence)
    {
        var text = sentence.Text;
        var ago = Cues.Ago().Match(text);
        if (ago.Success)
        {
            return new TimelineEvent(ago.Value, -AgoDays(ago), new Evidence(sentence.Id, text));
        }

        var relative = Cues.Relative().Match(text);
        var word = Cues.TimeWord().Match(text);
        if (relative.Success && relative.Groups[1].Value.ToLowerInvariant() is "prior to" or "before" or "ahead of")
        {
            var days = Regex.IsMatch(relative.Value, @"\brecent", RegexOptions.IgnoreCase) ? -8 : -2;
            return new TimelineEvent(relative.Value.Trim(), days, new Evidence(sentence.Id, text));
        }

        if (relative.Success && relative.Groups[1].Value.ToLowerInvariant() is "after" or "following" or "since")
        {
            return new TimelineEvent(relative.Value.Trim(), -1, new Evidence(sentence.Id, text));
        }

        if (!word.Success)
        {
            return null;
        }

        var cue = word.Value.ToLowerInvariant();
        var offset = cue switch
        {
            "yesterday" => -1,
            "last week" or "earlier" or "recent" or "recently" => -7,
            "last month" => -30,
            "last year" => -365,
            "planning" or "plans to" or "plan to" or "will" or "upcoming" or "next week" or "next month" or "next year" or "future" => 2,
            "remain to be seen" => 3,
            _ => 0,
        };
        return new TimelineEvent(word.Value, offset, new Evidence(sentence.Id, text));
    }

    private static double AgoDays(Match ago)
    {
        var amountText = ago.Groups[3].Value;
        var amount = int.TryParse(amountText, out var n) ? n : s_numbers.GetValueOrDefault(amountText, 1);
        var unit = ago.Groups[4].Value.ToLowerInvariant() switch
        {
            "day" => 1,
            "week" => 7,
            "month" => 30,
            _ => 365,
        };
        return amount * unit;
    }
}
