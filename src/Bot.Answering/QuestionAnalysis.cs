using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>The understood form of a question: its kind, words, the actors it refers to and what the corpus lacks.</summary>
public sealed record QuestionAnalysis(string Text, QuestionKind Kind, IReadOnlyList<QuestionWord> Words)
{
    /// <summary>The corrected, normalised words joined by spaces: what the question patterns match against.</summary>
    public string LowerText { get; } = string.Join(' ', Words.Select(w => w.Lower));

    /// <summary>Actors named in the question, in order.</summary>
    public IReadOnlyList<ActorReference> Actors { get; init; } = [];

    /// <summary>An actor the question points at with a pronoun ("why did he do it?").</summary>
    public Actor? ImpliedActor { get; init; }

    /// <summary>Topic words of the question (stems) that the corpus never uses, even through a synonym.</summary>
    public IReadOnlyList<QuestionWord> UnknownWords { get; init; } = [];

    /// <summary>Topic words of the question (stems) that the corpus does use.</summary>
    public IReadOnlyList<QuestionWord> KnownWords { get; init; } = [];

    /// <summary>The question asks for a precise date or day rather than "when" loosely.</summary>
    public bool AsksExactTime { get; init; }

    /// <summary>A premise the user asserted ("since Waltz ordered the halt, ..."), to be checked, never repeated.</summary>
    public Premise? Premise { get; init; }

    /// <summary>The question tried to give the bot instructions.</summary>
    public bool HadInstructions { get; init; }

    /// <summary>The question asked for the bot's own opinion ("what do you think of ...").</summary>
    public bool AsksForOpinion { get; init; }

    /// <summary>The actor the question is about: the first named, else the one implied by a pronoun.</summary>
    public Actor? FocusActor => Actors.Count > 0 ? Actors[0].Actor : ImpliedActor;
}

/// <summary>A claim embedded in a question. <see cref="Actors"/> are the actors it names.</summary>
public sealed record Premise(IReadOnlyList<QuestionWord> Words, IReadOnlyList<ActorReference> Actors);
