using Bot.Answering;
using Bot.Corpus;
using Microsoft.Extensions.Logging;

namespace Bot.Engine;

/// <summary>
/// The current <see cref="CorpusKnowledge"/>: built from the corpus store at start, rebuilt when the store
/// reloads. Requests read <see cref="Current"/> once and keep that consistent view to the end.
/// </summary>
public sealed class KnowledgeSource : IDisposable
{
    private readonly ILogger<KnowledgeSource> _logger;
    private CorpusKnowledge _current;

    public KnowledgeSource(CorpusStore store, ILogger<KnowledgeSource> logger)
    {
        _logger = logger;
        Store = store;
        _current = Build(store.Current);
        store.Changed += snapshot => Volatile.Write(ref _current, Build(snapshot));
    }

    public CorpusStore Store { get; }

    public CorpusKnowledge Current => Volatile.Read(ref _current);

    private CorpusKnowledge Build(Bot.Core.Model.CorpusSnapshot snapshot)
    {
        foreach (var problem in snapshot.Problems)
        {
            _logger.LogWarning("Skipped corpus file {Path}: {Reason}", problem.Path, problem.Reason);
        }

        var knowledge = CorpusKnowledge.Build(snapshot);
        _logger.LogInformation("Corpus {Version}: {Articles} articles, {Sentences} sentences, {Actors} actors",
            snapshot.Version, snapshot.Articles.Count, snapshot.Sentences.Count, knowledge.Story.Actors.Count);
        return knowledge;
    }

    public void Dispose() => Current.Dispose();
}
