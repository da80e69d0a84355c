using Bot.Core.Model;

namespace Bot.Corpus;

/// <summary>
/// Holds the current corpus snapshot of a folder and swaps in a new one on <see cref="Reload"/>.
/// Readers take <see cref="Current"/> once per request and keep a consistent view.
/// </summary>
public sealed class CorpusStore
{
    private readonly Func<CorpusSnapshot> _load;
    private readonly Lock _reloadLock = new();
    private CorpusSnapshot _current;

    public CorpusStore(Func<CorpusSnapshot> load)
    {
        _load = load;
        _current = load();
    }

    public static CorpusStore ForDirectory(string directory) => new(() => CorpusLoader.LoadDirectory(directory));

    public CorpusSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a reload produced a snapshot with a different version.</summary>
    public event Action<CorpusSnapshot>? Changed;

    /// <summary>Reloads from the source; returns true when the content changed.</summary>
    public bool Reload()
    {
        CorpusSnapshot next;
        lock (_reloadLock)
        {
            next = _load();
            if (next.Version == _current.Version)
            {
                return false;
            }

            Volatile.Write(ref _current, next);
        }

        Changed?.Invoke(next);
        return true;
    }
}
