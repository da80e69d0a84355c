using System.Runtime.CompilerServices;
using Bot.Answering;
using Bot.Core.Replies;

namespace Bot.Engine;

/// <summary>The offline default: the extractive engine and the story-map commands, no keys, no network.</summary>
public sealed class EmbeddedAnswerer(KnowledgeSource knowledge) : IAnswerer
{
    private readonly AnswerEngine _engine = new();

    public string Name => AnswerEngine.EngineName;

    public BotReply Ask(string question, Conversation? conversation) => _engine.Ask(question, knowledge.Current, conversation);

    public Task<BotReply> AskAsync(string question, Conversation? conversation, CancellationToken cancellationToken) =>
        Task.FromResult(Ask(question, conversation));

    public async IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, Conversation? conversation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return AnswerUpdate.Completed(await AskAsync(question, conversation, cancellationToken).ConfigureAwait(false));
    }

    public BotReply Run(string command, string? argument) => command switch
    {
        ReplyCommands.Summary => StoryCommands.Summary(knowledge.Current, argument),
        ReplyCommands.Who => StoryCommands.Who(knowledge.Current, argument),
        ReplyCommands.Why => StoryCommands.Why(knowledge.Current, argument),
        _ => throw new ArgumentException($"'{command}' is not a prose command.", nameof(command)),
    };

    public Task<BotReply> RunAsync(string command, string? argument, CancellationToken cancellationToken) =>
        Task.FromResult(Run(command, argument));

    /// <summary>Remembers a question in the conversation without answering it (for replies served from the cache).</summary>
    public void Remember(string question, Conversation conversation) => _engine.Remember(question, knowledge.Current, conversation);
}
