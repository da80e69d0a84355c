using Bot.Core.Model;

namespace Bot.StoryMap;

/// <summary>
/// Who decided what and why, across the corpus: actors, decisions, reactions and a timeline, each item backed by
/// the sentence it came from. Built once per corpus snapshot by <see cref="StoryMapBuilder"/>.
/// </summary>
public sealed class Story
{
    /// <summary>The unnamed critics of "X has faced criticism for ...".</summary>
    public const string CriticsActorId = ReactionExtractor.CriticsActorId;

    private readonly Dictionary<string, Actor> _actors;
    private readonly IReadOnlyDictionary<string, List<Mention>> _mentions;
    private readonly ILookup<string, Reaction> _reactionsByActor;
    private readonly ILookup<string, Reaction> _reactionsBySentence;
    private readonly ILookup<string, Decision> _decisionsByAgent;

    internal Story(
        CorpusSnapshot corpus,
        IReadOnlyList<Actor> actors,
        IReadOnlyDictionary<string, List<Mention>> mentions,
        IReadOnlyList<Decision> decisions,
        IReadOnlyList<Reaction> reactions,
        IReadOnlyList<TimelineEvent> timeline)
    {
        Corpus = corpus;
        Actors = actors;
        _actors = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _mentions = mentions;
        Decisions = decisions;
        Reactions = reactions;
        Timeline = timeline;
        _reactionsByActor = reactions.ToLookup(r => r.ActorId, StringComparer.Ordinal);
        _reactionsBySentence = reactions.ToLookup(r => r.Evidence.SentenceId, StringComparer.Ordinal);
        _decisionsByAgent = decisions.SelectMany(d => d.AgentActorIds.Select(a => (Agent: a, Decision: d))).ToLookup(x => x.Agent, x => x.Decision, StringComparer.Ordinal);
        ReactingActorIds = reactions.Select(r => r.ActorId).ToHashSet(StringComparer.Ordinal);
    }

    public CorpusSnapshot Corpus { get; }

    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyList<Decision> Decisions { get; }

    public IReadOnlyList<Reaction> Reactions { get; }

    /// <summary>Events in time order (earliest first), ties in reading order.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; }

    public Actor? FindActor(string id) => _actors.GetValueOrDefault(id);

    public IReadOnlyList<Mention> MentionsIn(string sentenceId) => _mentions.TryGetValue(sentenceId, out var list) ? list : [];

    public IEnumerable<Reaction> ReactionsBy(string actorId) => _reactionsByActor[actorId];

    /// <summary>The reactions a sentence reports.</summary>
    public IEnumerable<Reaction> ReactionsIn(string sentenceId) => _reactionsBySentence[sentenceId];

    public IEnumerable<Decision> DecisionsBy(string actorId) => _decisionsByAgent[actorId];

    /// <summary>Actors with at least one reported reaction.</summary>
    public IReadOnlySet<string> ReactingActorIds { get; }

    /// <summary>The decision the first article leads with: the story's main event.</summary>
    public Decision? PrimaryDecision => Decisions.FirstOrDefault();

    /// <summary>The person most directly responsible for the main decision, if the articles name one.</summary>
    public Actor? PrimaryActor =>
        PrimaryDecision?.AgentActorIds.Select(FindActor).FirstOrDefault(a => a?.Kind == ActorKind.Person)
        ?? Actors.Where(a => a.Kind == ActorKind.Person).MaxBy(a => a.SentenceIds.Count);
}
