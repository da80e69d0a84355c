using System.Text.RegularExpressions;

namespace Bot.StoryMap;

/// <summary>The phrases that mark decisions, stated purposes, unknowns and time in news copy.</summary>
public static partial class Cues
{
    [GeneratedRegex(@"\b(halt(ed|s|ing)?|paus(e|ed|es|ing)|suspen(d|ded|ds|sion)|ceas(e|ed|es|ing)|order(ed|s)?|directive|decision|decided|ban(ned|s)?|approv(ed|es|al)|sign(ed|s)|impos(ed|es)|lift(ed|s)|cancel(l?ed|s)?|resum(ed|es)|launch(ed|es)|authoriz(ed|es)|block(ed|s)|veto(ed)?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Decision();

    [GeneratedRegex(@"\b(issued|ordered|directed|signed|approved|authorized|decided)\s+by\s+|\b(directive|order|instruction|decision)s?\s+(from|by)\s+", RegexOptions.IgnoreCase)]
    public static partial Regex AgentBy();

    [GeneratedRegex(@"\b(aims?\s+to|aimed\s+to|in\s+order\s+to|intended\s+to|designed\s+to|meant\s+to|seeks?\s+to|so\s+that|because|due\s+to|in\s+an\s+effort\s+to|in\s+a\s+bid\s+to|(the\s+)?(intent|intention|goal|purpose|aim)\s+(is\s+|was\s+)?(to|of))\b", RegexOptions.IgnoreCase)]
    public static partial Regex Purpose();

    [GeneratedRegex(@"\b(not\s+(been\s+)?(made\s+)?public|not\s+(been\s+)?disclosed|undisclosed|remains?\s+(uncertain|unclear|unknown)|(is|are|was|were)\s+(uncertain|unclear|unknown)|remains?\s+to\s+be\s+seen|did\s+not\s+(say|explain|specify)|declined\s+to|no\s+explanation|not\s+known)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Unknown();

    [GeneratedRegex(@"\b((over|more\s+than|nearly|about|almost|some)\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(day|week|month|year)s?\s+ago\b", RegexOptions.IgnoreCase)]
    public static partial Regex Ago();

    [GeneratedRegex(@"\b(prior\s+to|before|ahead\s+of|after|following|since|until|during|amid)\s+(an?\s+|the\s+)?[^,.;]{3,140}", RegexOptions.IgnoreCase)]
    public static partial Regex Relative();

    [GeneratedRegex(@"\b(recent(ly)?|earlier|last\s+(week|month|year)|yesterday|today|now|currently|ongoing|this\s+week|planning|plans?\s+to|will|upcoming|next\s+(week|month|year)|future|remain\s+to\s+be\s+seen|temporary|(January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{1,2})?|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    public static partial Regex TimeWord();
}
