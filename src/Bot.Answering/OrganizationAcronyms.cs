namespace Bot.Answering;

/// <summary>
/// Well-known organisations written as acronyms ("nato", "cia"): never a misspelling of a corpus word, however they
/// are cased, and never the same thing as the words their letters resemble.
/// </summary>
public static class OrganizationAcronyms
{
    private static readonly HashSet<string> s_acronyms = new(StringComparer.Ordinal)
    {
        "nato", "cia", "fbi", "cisa", "eu", "gru", "fsb", "svr", "dhs", "cybercom", "uscybercom", "nsc", "odni", "gchq", "mi6", "un",
    };

    public static bool Contains(string lower) => s_acronyms.Contains(lower);
}
