namespace Bot.Answering;

/// <summary>
/// Misspellings of short, common question words that edit distance cannot fix safely ("teh", "wat") — too short
/// to correct against the corpus without turning real words into wrong ones.
/// </summary>
public static class CommonTypos
{
    private static readonly Dictionary<string, string> s_fixes = new(StringComparer.Ordinal)
    {
        ["teh"] = "the", ["hte"] = "the", ["th"] = "the", ["wat"] = "what", ["wht"] = "what", ["whta"] = "what", ["waht"] = "what",
        ["hwat"] = "what", ["hwo"] = "who", ["woh"] = "who", ["hw"] = "how", ["hwy"] = "why", ["wen"] = "when", ["wehn"] = "when",
        ["whn"] = "when", ["wher"] = "where", ["whre"] = "where", ["becuase"] = "because", ["becasue"] = "because",
        ["bc"] = "because", ["cuz"] = "because", ["abt"] = "about", ["bout"] = "about", ["tho"] = "though", ["thru"] = "through",
        ["wich"] = "which", ["whcih"] = "which", ["waz"] = "was", ["iz"] = "is", ["r"] = "are", ["y"] = "why",
        ["givn"] = "given", ["happend"] = "happened", ["happenned"] = "happened", ["hapened"] = "happened", ["peice"] = "piece", ["dem"] = "democrat", ["govt"] = "government", ["gov"] = "government",
        ["sec"] = "sec", ["check"] = "check", ["checks"] = "checks", ["checking"] = "checking", ["checked"] = "checked", ["info"] = "info", ["pres"] = "president", ["potus"] = "president", ["ru"] = "russia",
        ["mtg"] = "meeting", ["mtgs"] = "meetings", ["convo"] = "conversation", ["tldr"] = "summary", ["tl;dr"] = "summary", ["ppl"] = "people", ["w/"] = "with",
        ["whyd"] = "why", ["howd"] = "how", ["whod"] = "who", ["whatd"] = "what", ["whered"] = "where", ["whend"] = "when",
        ["yrs"] = "years", ["yr"] = "year", ["mos"] = "months", ["admin"] = "administration", ["admins"] = "administration",
        ["wut"] = "what", ["gimme"] = "give", ["lemme"] = "let", ["whatve"] = "what", ["wot"] = "what", ["u"] = "you", ["ur"] = "your", ["pls"] = "please", ["plz"] = "please", ["def"] = "defense", ["natl"] = "national", ["sen"] = "senator",
    };

    public static string Fix(string lower) => s_fixes.TryGetValue(lower, out var fixedWord) ? fixedWord : lower;
}
