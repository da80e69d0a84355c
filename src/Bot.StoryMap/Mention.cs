namespace Bot.StoryMap;

/// <summary>Where an actor is named in a sentence: token position and character offset in the sentence text.</summary>
public readonly record struct Mention(string ActorId, int TokenIndex, int CharStart, int CharEnd);
