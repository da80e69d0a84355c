using System.Text.RegularExpressions;
using Bot.Core.Model;

namespace Bot.StoryMap;

/// <summary>
/// Finds who said or felt what: a speech or stance word ("denied", "criticized", "fear", "concern among") and the
/// actor it belongs to — the nearest actor named before it, or the actor after "among/from/within" for nouns.
/// </summary>
internal static partial class ReactionExtractor
{
    private static readonly (Regex Pattern, Stance Stance, bool ActorFollows)[] s_cues =
    [
        (Cue(@"\b(criticized|criticised|condemned|slammed|opposed|blasted|denounced|rebuked)\b"), Stance.Critical, false),
        (Cue(@"\b(praised|welcomed|supported|backed|endorsed|applauded|hailed|defended)\b"), Stance.Supportive, false),
        (Cue(@"\b(denied|denies|rejected|dismissed|refuted)\b"), Stance.Denial, false),
        (Cue(@"\b(fear|fears|feared|worry|worries|worried|warned|warn|warns)\b"), Stance.Concerned, false),
        (Cue(@"\b(concerns?|alarm|unease)\s+(among|from|within|in)\b"), Stance.Concerned, true),
        (Cue(@"\b(said|says|disclosed|stated|told|announced|argued|claimed|insisted|suggest|suggests|suggested|noted|explained|emphasized|emphasised|comments|remarks)\b"), Stance.Statement, false),
        (Cue(@"\b(question|questioned|questioning)\b"), Stance.Concerned, false),
    ];

    public static IEnumerable<Reaction> Extract(Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pattern, stance, actorFollows) in s_cues)
        {
            foreach (Match match in pattern.Matches(sentence.Text))
            {
                var owner = actorFollows
                    ? mentions.FirstOrDefault(m => m.CharStart > match.Index && m.CharStart - (match.Index + match.Length) < 40)
                    : mentions.LastOrDefault(m => m.CharEnd <= match.Index + 2 && match.Index - m.CharEnd < 60);
                if (owner.ActorId is null || !seen.Add(owner.ActorId + stance))
                {
                    continue;
                }

                yield return new Reaction(owner.ActorId, stance, match.Value, new Evidence(sentence.Id, sentence.Text));
                if (actors.TryGetValue(owner.ActorId, out var actor) && actor.Kind == ActorKind.Person)
                {
                    foreach (var group in mentions.Select(m => actors[m.ActorId]).Where(g => g.Kind == ActorKind.Group && g.MemberIds.Contains(owner.ActorId)).Distinct())
                    {
                        if (seen.Add(group.Id + stance))
                        {
                            yield return new Reaction(group.Id, stance, match.Value, new Evidence(sentence.Id, sentence.Text));
                        }
                    }
                }
            }
        }

        if (FacedCriticism().IsMatch(sentence.Text))
        {
            yield return new Reaction(CriticsActorId, Stance.Critical, "criticism", new Evidence(sentence.Id, sentence.Text));
        }
    }

    /// <summary>Unnamed critics: "X has faced criticism for ..." reports criticism without saying whose.</summary>
    public const string CriticsActorId = "critics";

    private static Regex Cue(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(faced|facing|faces|drawn|drew|draws)\s+(\w+\s+)?(criticism|backlash|condemnation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FacedCriticism();
}
