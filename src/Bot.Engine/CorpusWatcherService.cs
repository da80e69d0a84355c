using Bot.Corpus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Engine;

/// <summary>Reloads the corpus while the bot is serving, shortly after article files change.</summary>
public sealed class CorpusWatcherService(
    CorpusStore store,
    KnowledgeSource knowledge,
    IOptions<CorpusOptions> options,
    TimeProvider timeProvider,
    ILogger<CorpusWatcherService> logger) : IHostedService, IDisposable
{
    private CorpusWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.ResolvePath();
        if (!options.Value.Watch || !Directory.Exists(path))
        {
            return Task.CompletedTask;
        }

        _ = knowledge; // built before watching starts, so the first snapshot is indexed once
        _watcher = new CorpusWatcher(path, store, timeProvider, TimeSpan.FromMilliseconds(500));
        _watcher.ReloadFailed += ex => logger.LogError(ex, "Corpus reload failed; keeping the previous corpus");
        store.Changed += snapshot => logger.LogInformation("Corpus reloaded: version {Version}, {Articles} articles", snapshot.Version, snapshot.Articles.Count);
        logger.LogInformation("Watching {Path} for article changes", path);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();
}
