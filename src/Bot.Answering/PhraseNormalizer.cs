namespace Bot.Answering;

/// <summary>
/// Rewrites multi-word phrasings to the single word the corpus would use ("planned in advance" → premeditated,
/// "long term" → longterm), so that a paraphrase scores like the original wording.
/// </summary>
public static class PhraseNormalizer
{
    // Words that stop a phrase from being rewritten when they follow it ("white house meeting" stays a place).
    private static readonly Dictionary<string, string[]> s_notFollowedBy = new(StringComparer.Ordinal)
    {
        ["white house"] = ["meeting", "meetings", "visit", "confrontation", "talks", "summit", "national", "adviser", "advisor", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "press", "aide", "aides", "staff"],
    };

    private static readonly (string[] Phrase, string Replacement)[] s_phrases =
    [
        (["in", "advance"], "premeditated"),
        (["ahead", "of", "time"], "premeditated"),
        (["beforehand"], "premeditated"),
        (["all", "along"], "premeditated"),
        (["planned", "ahead"], "premeditated"),
        (["plan", "ahead"], "premeditated"),
        (["long", "term"], "longterm"),
        (["oval", "office"], "white house"),
        (["the", "white", "house"], "the administration"),
        (["nat", "sec"], "national security"),
        (["natsec"], "national security"),
        (["sec", "def"], "defense secretary"),
        (["secdef"], "defense secretary"),
        (["lining", "up", "a"], "planning a"),
        (["line", "up", "a"], "plan a"),
        (["lined", "up", "a"], "planned a"),
        (["oco"], "offensive cyber operations"),
        (["ocos"], "offensive cyber operations"),
        (["nsc"], "national security"),
        (["defence", "sec"], "defense secretary"),
        (["defense", "sec"], "defense secretary"),
        (["push", "back", "on", "the", "idea"], "denied"),
        (["pushed", "back", "on", "the", "idea"], "denied"),
        (["push", "back", "on", "the", "claim"], "denied"),
        (["pushed", "back", "on", "the", "claim"], "denied"),
        (["push", "back", "on", "the", "notion"], "denied"),
        (["pushed", "back", "on", "the", "notion"], "denied"),
        (["push", "back"], "criticized"),
        (["went", "after"], "criticized"),
        (["go", "after"], "criticize"),
        (["goes", "after"], "criticizes"),
        (["where", "does", "the", "article", "land", "on"], "what does the article say about"),
        (["where", "does", "the", "piece", "land", "on"], "what does the article say about"),
        (["where", "does", "the", "story", "land", "on"], "what does the article say about"),
        (["be", "back", "on"], "be resumed"),
        (["is", "back", "on"], "is resumed"),
        (["are", "back", "on"], "are resumed"),
        (["came", "out", "against"], "criticized"),
        (["come", "out", "against"], "criticized"),
        (["coming", "out", "against"], "criticizing"),
        (["defense", "department"], "pentagon"),
        (["defence", "department"], "pentagon"),
        (["department", "of", "defense"], "pentagon"),
        (["department", "of", "defence"], "pentagon"),
        (["war", "department"], "pentagon"),
        (["department", "of", "war"], "pentagon"),
        (["going", "after"], "criticizing"),
        (["gone", "after"], "criticized"),
        (["spoke", "out", "against"], "criticized"),
        (["arguments", "against"], "criticisms of"),
        (["argument", "against"], "criticism of"),
        (["case", "against"], "criticism of"),
        (["called", "the", "decision"], "described the decision as"),
        (["called", "the", "policy"], "described the policy as"),
        (["uneasy"], "concerned"),
        (["nervous"], "concerned"),
        (["alarmed"], "concerned"),
        (["troubled"], "concerned"),
        (["freaking", "out"], "worried"),
        (["freaked", "out"], "worried"),
        (["freak", "out"], "worry"),
        (["cyber", "people"], "cybersecurity experts"),
        (["cyber", "folks"], "cybersecurity experts"),
        (["infosec", "people"], "cybersecurity experts"),
        (["infosec", "folks"], "cybersecurity experts"),
        (["security", "people"], "cybersecurity experts"),
        (["controversial"], "criticized"),
        (["controversy"], "criticism"),
        (["shouting", "match"], "confrontation"),
        (["screaming", "match"], "confrontation"),
        (["yelling", "match"], "confrontation"),
        (["get", "into", "it"], "confrontation"),
        (["got", "into", "it"], "confrontation"),
        (["getting", "into", "it"], "confrontation"),
        (["a", "while", "back"], "earlier"),
        (["nsa", "guy"], "national security adviser"),
        (["nsa", "guys"], "national security adviser"),
        (["nsa", "adviser"], "national security adviser"),
        (["nsa", "advisor"], "national security adviser"),
        (["wh"], "white house"),
        (["w"], "with"),
        (["left", "wondering"], "question"),
        (["wondering"], "question"),
        (["wonder"], "question"),
        (["united", "states"], "usa"),
        (["talking", "points"], "justifications"),
        (["pushed", "back"], "criticized"),
        (["pushing", "back"], "criticizing"),
        (["pushes", "back"], "criticizes"),
        (["off", "the", "hook"], "without consequences"),
        (["get", "away", "with"], "without consequences"),
        (["gets", "away", "with"], "without consequences"),
        (["end", "date"], "duration"),
        (["going", "forward"], "future"),
        (["down", "the", "road"], "future"),
        (["knock", "on", "effect"], "effect"),
        (["knock", "on", "the"], "criticism of the"),
        (["get", "along"], "confrontation"),
        (["who", "did", "this"], "who decided this"),
        (["who", "did", "it"], "who decided it"),
        (["who", "did", "that"], "who decided that"),
        (["to", "blame"], "responsible"),
        (["could", "go", "wrong"], "concerns"),
        (["did", "it", "work"], "will it work out"),
        (["has", "it", "worked"], "will it work out"),
        (["is", "it", "working"], "will it work out"),
        (["against", "it"], "opposed to it"),
        (["against", "this"], "opposed to this"),
        (["against", "that"], "opposed to that"),
        (["got", "along"], "confrontation"),
        (["getting", "along"], "confrontation"),
        (["knock", "on", "effects"], "effects"),
        (["kicked", "off"], "started"),
        (["put", "the", "brakes", "on"], "halted"),
        (["pulled", "the", "plug", "on"], "halted"),
        (["pull", "the", "plug", "on"], "halt"),
        (["set", "off"], "started"),
        (["sets", "off"], "starts"),
        (["kick", "off"], "start"),
        (["ok", "with"], "support"),
        (["okay", "with"], "support"),
        (["on", "board", "with"], "support"),
        (["signed", "off"], "ordered"),
        (["sign", "off"], "order"),
        (["stand", "down"], "halt"),
        (["put", "on", "hold"], "paused"),
        (["on", "hold"], "paused"),
        (["called", "off"], "halted"),
        (["call", "off"], "halt"),
        (["shut", "down"], "halted"),
        (["pulled", "back"], "halted"),
        (["free", "pass"], "without consequences"),
        (["side", "with"], "aligning with"),
        (["sided", "with"], "aligned with"),
        (["siding", "with"], "aligning with"),
        (["paying", "a", "price"], "consequences"),
        (["paying", "any", "price"], "consequences"),
        (["pay", "a", "price"], "consequences"),
        (["pay", "any", "price"], "consequences"),
        (["paying", "the", "price"], "consequences"),
        (["with", "impunity"], "without consequences"),
        (["scot", "free"], "without consequences"),
        (["yes", "or", "no"], ""),
        (["or", "like"], "or"),
        (["like", "which"], "which"),
        (["like", "what"], "what"),
        (["like", "where"], "where"),
        (["like", "when"], "when"),
        (["like", "who"], "who"),
        (["like", "how"], "how"),
        (["sit", "down"], "meeting"),
        (["sitdown"], "meeting"),
        (["mess", "with"], "affect"),
        (["mess", "w"], "affect"),
        (["messing", "with"], "affecting"),
        (["messes", "with"], "affects"),
        (["was", "like"], "was"),
        (["is", "like"], "is"),
        (["secretary", "of", "defense"], "defense secretary"),
        (["secretary", "of", "defence"], "defense secretary"),
        (["when", "it", "comes", "to"], "about"),
        (["length", "of"], "duration of"),
        (["water", "down"], "dilute"),
        (["watered", "down"], "diluted"),
        (["waters", "down"], "dilutes"),
        (["afraid"], "fear"),
        (["plays", "out"], "will work out"),
        (["play", "out"], "work out"),
        (["playing", "out"], "working out"),
        (["changed", "his", "tone"], "shifted"),
        (["changed", "her", "tone"], "shifted"),
        (["changed", "their", "tone"], "shifted"),
        (["changed", "its", "tone"], "shifted"),
        (["change", "his", "tone"], "shift"),
        (["change", "in", "tone"], "shift"),
        (["bring", "up"], "mention"),
        (["brings", "up"], "mentions"),
        (["called", "the", "shots", "on"], "ordered"),
        (["call", "the", "shots", "on"], "order"),
        (["called", "the", "shots"], "decided"),
        (["calls", "the", "shots"], "decides"),
        (["calling", "the", "shots"], "deciding"),
        (["greenlit"], "ordered"),
        (["greenlighted"], "ordered"),
        (["green", "lit"], "ordered"),
        (["greenlight"], "order"),
        (["gave", "the", "green", "light", "to"], "ordered"),
        (["gave", "the", "green", "light"], "ordered"),
        (["sat", "down", "with"], "met with"),
        (["touch", "on"], "mention"),
        (["touches", "on"], "mentions"),
        (["kick", "in"], "start"),
        (["kicked", "in"], "started"),
        (["kicks", "in"], "starts"),
        (["eta"], "timeline"),
        (["open", "ended"], "indefinite"),
        (["unchecked"], "without consequences"),
        (["bargaining", "chip"], "negotiations"),
        (["syncing"], "aligning"),
        (["sync"], "align"),
        (["synced"], "aligned"),
        (["hardening"], "bolstering"),
        (["harden"], "bolster"),
    ];

    private const string Premeditated = "premeditated";

    /// <summary>Every word the phrase table knows, so spelling correction leaves them alone.</summary>
    public static IEnumerable<string> Words => s_phrases.SelectMany(p => p.Phrase);

    private static readonly HashSet<string> s_placePrepositions = new(StringComparer.Ordinal) { "at", "in", "inside", "to", "from", "outside", "near", "into", "after", "before", "during", "since", "following" };

    private static bool IsBlockedByNextWord(string phrase, List<QuestionWord> words, int next)
    {
        var start = next - phrase.Split(' ').Length;
        if (phrase.StartsWith("the white house", StringComparison.Ordinal) && start > 0 && s_placePrepositions.Contains(words[start - 1].Lower))
        {
            return true; // "at the white house" is the place, not the administration
        }

        var key = phrase.StartsWith("the ", StringComparison.Ordinal) ? phrase[4..] : phrase;
        return next < words.Count && s_notFollowedBy.TryGetValue(key, out var blockers) && blockers.Contains(words[next].Lower);
    }

    private static readonly HashSet<string> s_askers = new(StringComparer.Ordinal) { "has", "have", "did", "do", "does" };
    private static readonly HashSet<string> s_speakers = new(StringComparer.Ordinal) { "anyone", "anybody", "someone", "somebody", "officials", "they", "we", "you", "it" };
    private static readonly HashSet<string> s_telling = new(StringComparer.Ordinal) { "said", "say", "explained", "explain", "disclosed", "disclose", "revealed", "reveal", "know", "mentioned", "mention", "indicated", "indicate", "specified", "specify", "stated", "state", "report", "reports", "claim", "claims", "suggest", "suggests" };
    private static readonly HashSet<string> s_whWords = new(StringComparer.Ordinal) { "how", "why", "when", "who", "what", "where" };

    private static readonly HashSet<string> s_texts = new(StringComparer.Ordinal) { "article", "articles", "story", "piece", "report", "text" };
    private static readonly HashSet<string> s_complementizers = new(StringComparer.Ordinal) { "that", "whether", "if", "anything", "something", "about" };

    /// <summary>
    /// "has anyone said how long it will last?" asks how long it will last; "does the article say this hits
    /// personnel?" asks whether this hits personnel — what the articles say is all the bot ever answers from.
    /// </summary>
    private static readonly HashSet<string> s_describing = new(StringComparer.Ordinal) { "describes", "describe", "puts", "put", "says", "calls", "words", "has", "gives" };
    private static readonly HashSet<string> s_described = new(StringComparer.Ordinal) { "written", "described", "given", "stated", "reported", "worded", "phrased", "named" };

    /// <summary>"hegseth's job title as the article describes it?", "... as written in the piece": where to look, not what.</summary>
    private static List<QuestionWord> WithoutTrailingSourceNote(List<QuestionWord> words)
    {
        var n = words.Count;
        // "as the article describes it"
        if (n > 6 && words[n - 5].Lower is "as" or "like" && words[n - 4].Lower is "the" or "this" && s_texts.Contains(words[n - 3].Lower)
            && s_describing.Contains(words[n - 2].Lower) && words[n - 1].Lower is "it" or "him" or "her" or "them")
        {
            return words.Take(n - 5).ToList();
        }

        // "as written in the piece"
        if (n > 6 && words[n - 5].Lower == "as" && s_described.Contains(words[n - 4].Lower) && words[n - 3].Lower is "in" or "by"
            && words[n - 2].Lower is "the" or "this" && s_texts.Contains(words[n - 1].Lower))
        {
            return words.Take(n - 5).ToList();
        }

        // "... according to this article", "... per the story", "... in the article"
        if (n > 5 && words[n - 3].Lower is "to" && words[n - 4].Lower == "according" && words[n - 2].Lower is "the" or "this" && s_texts.Contains(words[n - 1].Lower))
        {
            return words.Take(n - 4).ToList();
        }

        if (n > 4 && words[n - 3].Lower is "per" or "in" && words[n - 2].Lower is "the" or "this" && s_texts.Contains(words[n - 1].Lower))
        {
            return words.Take(n - 3).ToList();
        }

        return words;
    }

    private static List<QuestionWord> WithoutReportingFrame(List<QuestionWord> words)
    {
        words = WithoutTrailingSourceNote(words);
        // "what's the fallout gonna be, does the piece say?": the question comes first, the frame trails.
        var n = words.Count;
        if (n > 5 && s_askers.Contains(words[n - 4].Lower) && words[n - 3].Lower == "the" && s_texts.Contains(words[n - 2].Lower) && s_telling.Contains(words[n - 1].Lower))
        {
            words = words.Take(n - 4).ToList();
        }

        if (words.Count > 4 && s_askers.Contains(words[0].Lower) && s_speakers.Contains(words[1].Lower) && s_telling.Contains(words[2].Lower) && s_whWords.Contains(words[3].Lower))
        {
            return words.Skip(3).ToList();
        }

        // "has the Pentagon said how long it will last?": an institution asked to have said it; the question is how long.
        // "did Waltz say when ...?" stays: whether that person said it is the question.
        for (var verb = 3; verb <= 4 && verb + 2 < words.Count; verb++)
        {
            if (s_askers.Contains(words[0].Lower) && words[1].Lower == "the" && s_telling.Contains(words[verb].Lower) && s_whWords.Contains(words[verb + 1].Lower)
                && words.Skip(1).Take(verb - 1).All(w => !s_telling.Contains(w.Lower) && !s_whWords.Contains(w.Lower)))
            {
                return words.Skip(verb + 1).ToList();
            }
        }

        var textFrame = words.Count > 4 && s_askers.Contains(words[0].Lower) && words[1].Lower == "the" && s_texts.Contains(words[2].Lower) && s_telling.Contains(words[3].Lower);
        // "does it say the halt came from trump?": "it" is the article when what follows is a whole claim.
        var itFrame = words.Count > 5 && s_askers.Contains(words[0].Lower) && words[1].Lower is "it" or "this" && words[2].Lower is "say" or "says" or "claim" or "report" or "mention"
                      && words[3].Lower is "the" or "that";
        if (!textFrame && !itFrame)
        {
            return words;
        }

        var rest = words.Skip(textFrame ? 4 : 3).SkipWhile(w => s_complementizers.Contains(w.Lower)).ToList();
        if (rest.Count < 2)
        {
            return words;
        }

        // "does the article say Democrats welcomed it?" stays a yes/no question; "does it say who ..." becomes "who ...".
        return s_whWords.Contains(rest[0].Lower) ? rest : [words[0], .. rest];
    }

    public static List<QuestionWord> Apply(List<QuestionWord> words)
    {
        words = WithoutReportingFrame(words);
        var result = new List<QuestionWord>(words.Count);
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            foreach (var (phrase, replacement) in s_phrases)
            {
                if (i + phrase.Length <= words.Count && phrase.Select((p, j) => words[i + j].Lower == p).All(x => x)
                    && !IsBlockedByNextWord(string.Join(' ', phrase), words, i + phrase.Length))
                {
                    if (replacement == Premeditated)
                    {
                        // "planned this all along" says "premeditated" once; the verb would otherwise pull in every "planning".
                        result.RemoveAll(w => w.Stem == "plan");
                    }

                    foreach (var word in replacement.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        result.Add(new QuestionWord(word, word, Bot.Core.Text.WordStemmer.Stem(word), WasCorrected: false));
                    }

                    i += phrase.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                if (words[i].Stem == "plan" && result.Any(w => w.Lower == Premeditated))
                {
                    i++;
                    continue;
                }

                result.Add(words[i]);
                i++;
            }
        }

        return TargetAsAgainst(PlannedAsPremeditated(result));
    }

    private static readonly HashSet<string> s_targetAskers = new(StringComparer.Ordinal) { "who", "whom", "country", "countries", "nation", "nations", "adversary", "enemy" };

    /// <summary>
    /// "which country were the operations aimed at?" asks for their target, which a news sentence states with
    /// "against"; "aimed" there would match any other aim ("sabotage aimed at nations").
    /// </summary>
    private static List<QuestionWord> TargetAsAgainst(List<QuestionWord> words)
    {
        if (!words.Any(w => s_targetAskers.Contains(w.Lower)))
        {
            return words;
        }

        var result = new List<QuestionWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var aimed = words[i].Lower is "aimed" or "targeted" or "directed" or "aim" or "target" or "targeting";
            if (aimed && i + 1 < words.Count && words[i + 1].Lower is "at" or "against" or "toward" or "towards")
            {
                result.Add(new QuestionWord("against", "against", "against", WasCorrected: false));
                i++;
                continue;
            }

            result.Add(words[i]);
        }

        return result;
    }

    /// <summary>In a yes/no question ("was the halt planned?") "planned" means premeditated, not "planning a meeting".</summary>
    private static List<QuestionWord> PlannedAsPremeditated(List<QuestionWord> words)
    {
        var yesNo = words.Count > 0 && words[0].Lower is "was" or "were" or "is" or "did" or "had" or "has" or "does";
        return words.Select((w, i) => w.Lower is "planned" or "plan" && (yesNo || (i > 0 && words[i - 1].Lower is "wasnt" or "not" or "was" or "were" or "werent" or "been"))
            ? new QuestionWord(w.Original, Premeditated, Bot.Core.Text.WordStemmer.Stem(Premeditated), false)
            : w).ToList();
    }
}
