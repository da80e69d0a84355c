namespace Bot.Answering;

/// <summary>British to American spellings ("criticised" → "criticized", "defence" → "defense") for words the corpus spells the other way.</summary>
public static class Spelling
{
    private static readonly (string British, string American)[] s_endings =
    [
        ("isation", "ization"), ("isations", "izations"), ("ised", "ized"), ("ising", "izing"), ("ises", "izes"),
        ("ise", "ize"), ("ence", "ense"), ("our", "or"), ("ours", "ors"), ("tre", "ter"), ("lled", "led"), ("lling", "ling"),
    ];

    public static string? Americanize(string lower, Func<string, bool> isKnown)
    {
        foreach (var (british, american) in s_endings)
        {
            if (lower.Length > british.Length + 2 && lower.EndsWith(british, StringComparison.Ordinal))
            {
                var candidate = lower[..^british.Length] + american;
                if (isKnown(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
