using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>
/// What a chat remembers between turns, so a follow-up ("and why did he do it?") can be resolved: the actor
/// talked about last and the last standalone question.
/// </summary>
public sealed class Conversation
{
    private readonly List<string> _questions = [];

    public Actor? LastActor { get; private set; }

    public IReadOnlyList<string> Questions => _questions;

    public void Remember(string question, Actor? actor)
    {
        _questions.Add(question);
        if (_questions.Count > 20)
        {
            _questions.RemoveAt(0);
        }

        if (actor is not null)
        {
            LastActor = actor;
        }
    }
}
