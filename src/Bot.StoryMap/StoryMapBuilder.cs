using Bot.Core.Model;

namespace Bot.StoryMap;

/// <summary>Builds the <see cref="Story"/> of a corpus offline, by rules over its sentences.</summary>
public static class StoryMapBuilder
{
    public static Story Build(CorpusSnapshot corpus)
    {
        var (actors, mentions) = ActorExtractor.Extract(corpus);
        var byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);

        var body = corpus.Sentences.Where(s => !s.IsHeading).ToArray();
        var reactions = body
            .SelectMany(s => ReactionExtractor.Extract(s, mentions.GetValueOrDefault(s.Id) ?? [], byId))
            .ToList();
        // Articles that name "critics" themselves already have the group; the unnamed critics join it.
        if (reactions.Any(r => r.ActorId == ReactionExtractor.CriticsActorId) && !byId.ContainsKey(ReactionExtractor.CriticsActorId))
        {
            var critics = new Actor(ReactionExtractor.CriticsActorId, "critics", null, ActorKind.Group)
            {
                ShortName = "critics",
                SentenceIds = reactions.Where(r => r.ActorId == ReactionExtractor.CriticsActorId).Select(r => r.Evidence.SentenceId).ToArray(),
            };
            actors = [.. actors, critics];
            byId[critics.Id] = critics;
        }

        var decisions = corpus.Articles
            .SelectMany(a => DecisionExtractor.Extract(a, mentions, byId, reactions))
            .ToArray();

        var timeline = body
            .Select(TimeCueExtractor.Extract)
            .OfType<TimelineEvent>()
            .Select((e, i) => (Event: e, Order: i))
            .OrderBy(x => x.Event.RelativeDays)
            .ThenBy(x => x.Order)
            .Select(x => x.Event)
            .ToArray();

        return new Story(corpus, actors, mentions, decisions, reactions, timeline);
    }
}
