using System.Text.RegularExpressions;

namespace Bot.StoryMap;

/// <summary>Words that mark titles, collective actors and things that are not people.</summary>
internal static partial class ActorLexicon
{
    public static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "president", "secretary", "adviser", "advisor", "leader", "minister", "senator", "sen", "rep", "representative",
        "director", "chief", "general", "gen", "ambassador", "governor", "gov", "chairman", "chairwoman", "chair",
        "spokesman", "spokeswoman", "spokesperson", "speaker", "commander", "chancellor", "premier", "king", "queen",
        "mayor", "judge", "justice", "attorney", "envoy", "official", "deputy", "vice", "press", "prime", "pope",
        "ceo", "head", "admiral", "adm", "lt", "col", "dr", "mr", "mrs", "ms", "whip",
        "councillor", "councilor", "councilman", "councilwoman", "councilmember", "congressman", "congresswoman",
        "assemblyman", "assemblywoman", "commissioner", "superintendent", "sheriff", "prosecutor", "treasurer",
        "inspector", "sergeant", "captain", "professor", "prof", "chairperson", "mp", "alderman", "dean", "bishop",
        "cardinal", "rabbi", "lord", "lady", "president-elect", "comptroller", "auditor", "regulator",
    };

    /// <summary>Capitalised words that end a name rather than being part of it.</summary>
    public static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "house", "administration", "department", "office", "ministry", "senate", "congress", "committee",
        "government", "command", "agency", "council", "union", "nations", "state", "states", "war", "day",
    };

    /// <summary>Head nouns of collective actors that speak or react in news copy.</summary>
    public static readonly HashSet<string> GroupHeads = new(StringComparer.Ordinal)
    {
        "officials", "experts", "critics", "observers", "advocates", "analysts", "lawmakers", "leaders", "democrats",
        "republicans", "reports", "community", "diplomats", "allies", "senators", "sources", "administration",
        "aides", "legislators", "researchers", "investigators", "spokespeople", "agencies",
    };

    /// <summary>Words that may qualify a group ("cybersecurity experts", "Democratic leaders").</summary>
    public static readonly HashSet<string> GroupModifiers = new(StringComparer.Ordinal)
    {
        "cybersecurity", "security", "defense", "defence", "democratic", "republican", "usa", "intelligence",
        "military", "western", "european", "senior", "administration", "government", "congressional", "white",
        "house", "pentagon", "ukrainian", "russian", "american", "foreign", "policy", "industry", "independent",
    };

    /// <summary>Plural nouns for kinds of people: residents, farmers, economists, librarians, activists.</summary>
    [GeneratedRegex(@"^[a-z]+(ers|ors|ists|ians|ants|ents|ees|men|women|people)$")]
    public static partial Regex PeoplePlural();

    /// <summary>Verbs right after a plural noun that make it a speaker: "Librarians fear", "Farmers criticized".</summary>
    public static readonly HashSet<string> GroupSpeechVerbs = new(StringComparer.Ordinal)
    {
        "fear", "feared", "fears", "warn", "warned", "warns", "worry", "worried", "say", "said", "says", "argue", "argued",
        "argues", "criticized", "criticised", "criticize", "criticise", "praised", "praise", "welcomed", "welcome", "denied",
        "deny", "urged", "urge", "complained", "complain", "protested", "protest", "condemned", "condemn", "applauded",
        "objected", "object", "questioned", "question", "believe", "believed", "expressed", "voiced", "raised",
    };
}
