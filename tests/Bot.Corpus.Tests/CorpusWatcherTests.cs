using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Corpus.Tests;

public sealed class CorpusWatcherTests
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private const string FuelTax = "---\ntitle: Governor Suspends Fuel Tax\n---\nGovernor Jane Alvarez suspended the fuel tax on Monday.\n";
    private const string NightTrains = "---\ntitle: Night Trains Halted\n---\nTransport Minister Ana Ruiz ordered the suspension of night trains.\n";

    /// <summary>
    /// Polls for up to five seconds of real time; each round advances the fake clock past the quiet period, which
    /// fires the debounce timer once the file system watcher has armed it.
    /// </summary>
    private static bool AdvanceUntil(FakeTimeProvider clock, Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            clock.Advance(QuietPeriod + TimeSpan.FromMilliseconds(1));
            if (condition())
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return condition();
    }

    [Fact]
    public void Watcher_FileAdded_StoreReloadsAfterQuietPeriod()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        var store = CorpusStore.ForDirectory(dir.Path);
        var clock = new FakeTimeProvider();
        using var watcher = new CorpusWatcher(dir.Path, store, clock, QuietPeriod);

        dir.Write("night-trains.md", NightTrains);

        Assert.True(AdvanceUntil(clock, () => store.Current.FindArticle("night-trains") is not null), "the store never reloaded");
        Assert.NotNull(store.Current.FindArticle("fuel-tax"));
        Assert.Empty(store.Current.Problems);
    }

    [Fact]
    public void Watcher_FileAddedClockNotAdvanced_DoesNotReloadYet()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        var store = CorpusStore.ForDirectory(dir.Path);
        var clock = new FakeTimeProvider();
        using var watcher = new CorpusWatcher(dir.Path, store, clock, QuietPeriod);

        dir.Write("night-trains.md", NightTrains);
        Thread.Sleep(1000); // real time passes, fake time does not: the debounce timer must not fire

        Assert.Null(store.Current.FindArticle("night-trains"));
        Assert.True(AdvanceUntil(clock, () => store.Current.FindArticle("night-trains") is not null), "the store never reloaded");
    }

    [Fact]
    public void Watcher_FileEdited_StoreSeesNewText()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        var store = CorpusStore.ForDirectory(dir.Path);
        var clock = new FakeTimeProvider();
        using var watcher = new CorpusWatcher(dir.Path, store, clock, QuietPeriod);

        dir.Write("fuel-tax.md", FuelTax.Replace("Monday", "Tuesday", StringComparison.Ordinal));

        Assert.True(
            AdvanceUntil(clock, () => store.Current.Sentences.Any(s => s.Text.Contains("Tuesday", StringComparison.Ordinal))),
            "the store never saw the edit");
    }

    [Fact]
    public void Watcher_ReloadThrows_RaisesReloadFailedAndKeepsSnapshot()
    {
        using var dir = new TempDirectory();
        var fail = false;
        var store = new CorpusStore(() => fail ? throw new InvalidOperationException("disk gone") : CorpusLoader.LoadDirectory(dir.Path));
        var before = store.Current;
        var clock = new FakeTimeProvider();
        using var watcher = new CorpusWatcher(dir.Path, store, clock, QuietPeriod);
        Exception? failure = null;
        watcher.ReloadFailed += ex => failure = ex;

        fail = true;
        dir.Write("night-trains.md", NightTrains);

        Assert.True(AdvanceUntil(clock, () => failure is not null), "ReloadFailed was never raised");
        Assert.Equal("disk gone", failure!.Message);
        Assert.Same(before, store.Current);
    }
}
