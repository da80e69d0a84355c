using Bot.Core.Text;

namespace Bot.Retrieval;

/// <summary>
/// News paraphrase groups. Each word maps to the stems of its group so "pause", "suspension" and "cease" all
/// find "halted". Groups are deliberately narrow: a loose synonym makes the bot answer questions it should not.
/// </summary>
public static class SynonymTable
{
    private static readonly string[][] s_groups =
    [
        ["halt", "halted", "halting", "pause", "paused", "pausing", "suspension", "suspend", "suspended", "stop", "stopped", "stopping", "cease", "ceased", "quit", "quitting", "freeze", "froze", "frozen", "standdown", "shutdown"],
        ["order", "ordered", "directive", "direct", "directed", "decision", "decide", "decided", "instruction", "instructed", "command", "commanded", "mandate", "issued", "issue"],
        ["critic", "critics", "criticism", "critique", "critiques", "critiqued", "upset", "angry", "mad", "outrage", "outraged", "furious", "unhappy", "accuse", "accused", "accusation", "accusations", "blame", "blamed", "flak", "backlash", "pushback", "heat", "criticize", "criticized", "criticise", "criticised", "oppose", "opposed", "opponent", "opponents", "slam", "slammed", "condemn", "condemned", "object", "objected"],
        ["democrat", "democrats", "democratic", "dems", "dem", "dnc"],
        ["republican", "republicans", "gop"],
        ["reason", "reasons", "rationale", "motive", "motivation", "justification", "purpose", "goal", "aim", "aims", "intent", "intention", "why", "objective", "point"],
        ["cyber", "cyberattack", "cyberattacks", "hacking", "hack", "hacks", "hacker", "hackers", "digital", "online", "network", "networks"],
        ["defenses", "defences", "defense", "defend", "defends", "defending", "protect", "protects", "protecting", "protection", "safeguard"],
        ["operation", "operations", "ops", "op", "opps", "campaign", "campaigns", "offensive", "offense", "activity", "activities", "attack", "attacks", "assault", "assaults", "strike", "strikes", "target", "targets", "targeting"],
        ["fear", "fears", "feared", "worry", "worried", "worries", "concern", "concerns", "concerned", "alarm", "alarmed", "risk", "risks", "danger", "dangers", "anxious", "afraid", "scared"],
        ["effect", "effects", "impact", "impacts", "consequence", "consequences", "unpunished", "impunity", "accountability", "ramification", "ramifications", "implication", "implications", "outcome", "result", "affect", "affects", "fallout", "mean", "means", "hurt", "hurts", "harm", "harms", "damage"],
        ["emphasize", "emphasized", "emphasizing", "emphasise", "emphasised", "emphasising", "stress", "stressed", "stressing", "highlight", "highlighted", "underscore", "underscored", "insist", "insisted"],
        ["conciliatory", "softer", "soft", "friendlier", "friendly", "accommodating", "appeasing", "appeasement", "warmer"],
        ["public", "publicly", "published", "publish", "publicized"],
        ["resources", "resource", "funding", "funds", "money"],
        ["drive", "drove", "driven", "driving", "drives"],
        ["muddle", "muddled", "muddling", "messy", "mess", "chaotic", "chaos", "confused", "confusing", "incoherent", "muddy", "muddies"],
        ["premeditated", "advance", "deliberate", "deliberately", "intentional", "prearranged"],
        ["personnel", "staff", "staffing", "staffers", "workforce", "manpower", "teams"],
        ["justification", "justifications", "narrative", "narratives", "pretext", "excuse", "excuses"],
        ["align", "aligning", "aligned", "echo", "echoing", "echoed", "parrot", "parroting", "adopt", "adopting", "mirror", "mirroring", "siding"],
        ["question", "questions", "questioning", "wonder", "wondering", "doubt", "doubts", "uncertainty"],
        ["dilute", "weaken", "weakens", "weakened", "undermine", "undermines", "hamper", "hampers", "erode", "erodes", "hurt", "hurts"],
        ["effort", "efforts", "push", "drive", "bid", "attempt", "attempts"],
        ["help", "helps", "support", "assist", "assistance", "aid", "bolster", "bolstering", "resources", "backing"],
        ["deny", "denied", "denies", "denial", "reject", "rejected", "dismiss", "dismissed", "refute", "refuted"],
        ["said", "say", "says", "saying", "state", "stated", "statement", "comment", "comments", "remark", "remarks", "respond", "responded", "response", "react", "reacted", "reaction", "claim", "claimed", "argue", "argued", "argument", "think", "thinks", "view", "views", "position"],
        ["diplomacy", "diplomatic", "diplomat", "negotiation", "negotiations", "negotiate", "talks", "peace", "deal"],
        ["war", "conflict", "invasion", "invade", "invaded", "invading", "fighting"],
        ["russia", "russian", "russians", "moscow", "kremlin"],
        ["ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"],
        [Tokenizer.UnitedStates, "america", "american", "americans", "washington", "u.s.a"],
        ["administration", "government", "admin", "whitehouse"],
        ["pentagon", "defense", "defence", "military", "dod"],
        ["long", "duration", "last", "lasting", "permanent", "temporary", "indefinite", "indefinitely", "forever"],
        ["public", "disclose", "disclosed", "reveal", "revealed", "announce", "announced", "explain", "explained", "known", "leak", "leaked"],
        ["uncertain", "unclear", "unknown", "uncertainty", "seen", "unsure", "undecided", "open"],
        ["meeting", "meet", "met", "summit", "meets", "talking", "talk", "speaking", "visit", "visited"],
        ["confrontation", "clash", "clashed", "fight", "fought", "argument", "arguments", "spat", "heated", "blowup", "row", "vibe", "tense"],
        ["stance", "approach", "tone", "position", "posture", "attitude", "shift", "soft", "softer", "softening", "conciliatory", "friendlier", "warmer"],
        ["election", "elections", "vote", "voting", "interference", "meddling"],
        ["sabotage", "sabotaging"],
        ["infrastructure", "grid", "utilities"],
        ["cybersecurity", "security", "infosec"],
        ["expert", "experts", "analyst", "analysts", "specialist", "specialists", "researcher", "researchers"],
        ["official", "officials", "source", "sources"],
        ["begin", "began", "begun", "start", "started", "initiate", "initiated", "launch", "launched", "trigger", "triggered", "spark", "sparked", "provoke", "provoked"],
        ["future", "next", "ahead", "longterm"],
    ];

    private static readonly Dictionary<string, string[]> s_byStem = Build();

    /// <summary>The stems that share a group with <paramref name="stem"/> (not including itself); empty when none.</summary>
    public static IReadOnlyList<string> Expand(string stem) => s_byStem.TryGetValue(stem, out var group) ? group : [];

    /// <summary>The stems together with all their synonyms.</summary>
    public static HashSet<string> WithSynonyms(IEnumerable<string> stems) =>
        stems.SelectMany(stem => Expand(stem).Append(stem)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every word in the table, for spelling correction to aim at.</summary>
    public static IEnumerable<string> AllWords => s_groups.SelectMany(g => g);

    /// <summary>The words (not stems) grouped with <paramref name="word"/>, in the table's order.</summary>
    public static IEnumerable<string> ExpandWords(string word)
    {
        var stem = WordStemmer.Stem(word);
        return s_groups.Where(g => g.Any(w => WordStemmer.Stem(w) == stem)).SelectMany(g => g).Distinct();
    }

    public static bool AreSynonyms(string stemA, string stemB) =>
        stemA == stemB || (s_byStem.TryGetValue(stemA, out var group) && group.Contains(stemB));

    private static Dictionary<string, string[]> Build()
    {
        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in s_groups)
        {
            var stems = group.Select(w => WordStemmer.Stem(w)).Where(s => !StopWords.IsStopWord(s)).Distinct().ToArray();
            foreach (var stem in stems)
            {
                if (!byStem.TryGetValue(stem, out var set))
                {
                    byStem[stem] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(stems.Where(s => s != stem));
            }
        }

        return byStem.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
