namespace Bot.StoryMap;

public enum ActorKind
{
    Person,
    Group,
}

/// <summary>Someone the articles name or describe: a titled person, or a collective such as "cybersecurity experts".</summary>
public sealed record Actor(string Id, string Name, string? Role, ActorKind Kind)
{
    /// <summary>The word people use for a named person on second mention ("Hegseth"); the group noun for groups.</summary>
    public required string ShortName { get; init; }

    /// <summary>Sentences that mention the actor, in reading order.</summary>
    public required IReadOnlyList<string> SentenceIds { get; init; }

    /// <summary>The sentence that gives the actor's role, when there is one.</summary>
    public string? RoleSentenceId { get; init; }

    /// <summary>For a group, the named members ("Democratic leaders, including ... Chuck Schumer").</summary>
    public IReadOnlyList<string> MemberIds { get; init; } = [];

    public string Display => Role is null ? Name : $"{Role} {Name}";
}

/// <summary>A verbatim sentence backing a story-map item.</summary>
public sealed record Evidence(string SentenceId, string Text);

/// <summary>What someone said or how they reacted, kept as their claim, never as fact.</summary>
public sealed record Reaction(string ActorId, Stance Stance, string Verb, Evidence Evidence);

public enum Stance
{
    Statement,
    Critical,
    Supportive,
    Denial,
    Concerned,
}

/// <summary>A stated purpose for a decision, with who stated it (null when the article states it itself).</summary>
public sealed record Reason(string? StatedByActorId, Evidence Evidence);

/// <summary>A decision the articles report: who made it, what it was, why (as stated), what is not known, and when.</summary>
public sealed record Decision(string Id, string ArticleId, string Action, Evidence Evidence)
{
    public IReadOnlyList<string> AgentActorIds { get; init; } = [];

    public IReadOnlyList<Evidence> AgentEvidence { get; init; } = [];

    public IReadOnlyList<Reason> Reasons { get; init; } = [];

    public IReadOnlyList<Evidence> Unknowns { get; init; } = [];

    public IReadOnlyList<TimelineEvent> TimeCues { get; init; } = [];
}

/// <summary>An event placed in time by a cue in its sentence ("over three years ago", "prior to ...").</summary>
public sealed record TimelineEvent(string Cue, double RelativeDays, Evidence Evidence);
