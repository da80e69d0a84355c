namespace Bot.Answering;

/// <summary>
/// Words that frame a question without naming a topic ("tell me", "exactly", "the article"). They are never
/// treated as something the corpus fails to mention.
/// </summary>
public static class GenericWords
{
    private static readonly HashSet<string> s_words = new(StringComparer.Ordinal)
    {
        "tell", "know", "knew", "known", "understand", "mean", "meant", "means", "think", "thinks", "thought", "say", "says",
        "said", "saying", "give", "gave", "get", "got", "gets", "make", "makes", "made", "take", "took", "happen",
        "happened", "happens", "happening", "go", "goes", "going", "gone", "went", "come", "came", "see", "saw", "look",
        "looks", "want", "wants", "need", "needs", "try", "tried", "trying", "seem", "seems", "explain", "describe",
        "term", "terms", "kind", "type", "sort", "way", "thing", "things", "stuff", "part", "lot", "bit", "exactly",
        "really", "actually", "basically", "currently", "situation", "case", "fact", "matter", "issue", "issues", "point",
        "idea", "info", "information", "detail", "details", "bad", "good", "big", "small", "new", "main", "key",
        "real", "really", "timing", "wise", "stay", "stays", "expected", "expect", "place", "tied", "tie", "ties", "linked", "connected", "connect", "connects", "connection", "link", "links", "related", "conclude", "concludes", "conclusion", "suggest", "suggests", "forward", "true", "false", "right", "wrong", "supposed", "accomplish", "achieve", "timeline", "timeframe",
        "schedule", "scheduled", "whole", "entire", "overall", "general", "current", "latest", "first",
        "second", "guy", "guys", "people", "person", "someone", "anyone", "everyone", "anybody", "somebody", "folks",
        "article", "articles", "story", "stories", "news", "piece", "text", "mention", "mentioned", "mentions",
        "according", "involved", "involvement", "role", "job", "title", "position", "specifically", "briefly", "quickly",
        "summary", "summarize", "summarise", "anything", "something", "everything", "nothing", "else", "other", "others",
        "yes", "yeah", "yep", "nope", "sure", "like", "likely", "probably", "maybe", "possible", "possibly", "able",
        "question", "answer", "given", "answers", "source", "sources", "cite", "quote", "quotes", "please", "bot",
        "time", "times", "day", "date", "when", "long", "many", "much", "number", "exact", "precise", "specific",
        "name", "names", "called", "call", "do", "did", "does", "doing", "done", "use", "used", "words", "word",
        "now", "still", "already", "then", "soon", "later", "today", "currently", "anymore", "far", "whats", "whos",
        "goal", "reason", "reasons", "deal", "big", "happy", "sad", "feel", "feeling", "feelings", "opinion", "opinions",
        "view", "views", "take", "stance", "reaction", "react", "reacted", "respond", "responded", "response",
        "concerned", "worried", "behind", "responsible", "involved", "also", "else", "ok", "okay", "thanks",
        "keeps", "keep", "kept", "mentioning", "talking", "everyone", "max", "minimum", "maximum", "actual", "actually",
        "sentence", "sentences", "one", "short", "shorter", "brief", "quick", "paragraph", "line", "lines", "bullet", "bullets",
        "points", "version", "simple", "simply", "plain", "english", "words", "eli5", "pls", "plz", "please", "lol",
        "instead", "leadership", "wait", "even", "five", "stand", "stands", "tl", "dr", "each", "party", "parties", "cited", "cite", "hold", "holds", "held", "play", "plays", "played", "playing", "serve", "serves", "served", "broader", "broad", "wider", "wide", "larger", "bigger", "ultimate", "underlying",
        "idk", "tbh", "ngl", "imo", "imho", "rn", "nah", "lmao", "smh", "fr", "gotten", "getting", "gonna", "wanna", "kinda", "sorta",
        "asking", "seriously", "honestly", "though", "although", "stated", "immediate", "initial", "genuinely", "curious", "wondering", "literally", "anyway", "anyways", "btw", "bro", "dude", "omg", "lmk", "thx", "ty", "haha", "hmm",
        "mood", "sentiment", "vibe", "vibes", "reception", "status", "angle", "update", "updates", "shows", "nature", "report", "latest", "overview", "full", "fully", "complete", "completely", "publicly", "officially", "openly", "two", "three", "couple", "few",
        "shortly", "spoke", "intended", "characterized", "characterised", "anywhere", "unnamed", "anonymous", "unidentified", "kindly", "aside", "forgive", "curiosity", "enough", "elderly", "reader", "readers", "confusing", "confused", "notes", "compiling", "twice", "plainly", "grateful", "appreciate", "telling", "merely", "intro", "introduction", "lede", "opening", "headline", "headlines", "subheadline", "subhead", "subheading", "subtitle",
        "mr", "mrs", "ms", "land", "pros", "cons", "hook", "punchy", "quotable", "led", "prompted", "approve", "approved", "approves", "approval", "thrilled", "pleased", "glad", "excited", "favor", "favour", "applaud", "applauded", "cheer", "cheered", "celebrate", "celebrated", "furious", "outraged", "annoyed",
        "dek", "quiz", "exam", "homework", "class", "link", "lead", "single", "adjective", "adjectives", "noun", "verb", "phrase", "phrasing", "wording", "check", "copy", "paste", "newcomer", "newbie", "noob", "here",
    };

    public static bool Contains(string lower) => s_words.Contains(lower);

    public static IEnumerable<string> All => s_words;
}
