namespace Bot.Corpus;

/// <summary>
/// Watches the corpus folder and reloads the store shortly after files stop changing (editors write in bursts).
/// </summary>
public sealed class CorpusWatcher : IDisposable
{
    private readonly CorpusStore _store;
    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _debounce;
    private readonly TimeSpan _quietPeriod;

    public CorpusWatcher(string directory, CorpusStore store, TimeProvider timeProvider, TimeSpan quietPeriod)
    {
        _store = store;
        _quietPeriod = quietPeriod;
        _debounce = timeProvider.CreateTimer(_ => SafeReload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Raised when a reload failed unexpectedly; the previous snapshot stays in use.</summary>
    public event Action<Exception>? ReloadFailed;

    private void OnChange(object sender, FileSystemEventArgs e) => _debounce.Change(_quietPeriod, Timeout.InfiniteTimeSpan);

    private void SafeReload()
    {
        try
        {
            _store.Reload();
        }
        catch (Exception ex)
        {
            ReloadFailed?.Invoke(ex);
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _debounce.Dispose();
    }
}
