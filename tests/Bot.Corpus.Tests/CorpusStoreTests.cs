using System.Text;
using Bot.Core.Model;

namespace Bot.Corpus.Tests;

public sealed class CorpusStoreTests
{
    private const string FuelTax = "---\ntitle: Governor Suspends Fuel Tax\n---\nGovernor Jane Alvarez suspended the fuel tax on Monday.\n";

    private static Func<CorpusSnapshot> LoaderOf(Func<string> content) =>
        () => CorpusLoader.Load([("fuel-tax.md", () => Encoding.UTF8.GetBytes(content()))]);

    [Fact]
    public void Constructor_LoadsInitialSnapshot()
    {
        var store = new CorpusStore(LoaderOf(() => FuelTax));

        Assert.Equal("fuel-tax", Assert.Single(store.Current.Articles).Id);
    }

    [Fact]
    public void Reload_ContentUnchanged_ReturnsFalseAndRaisesNothing()
    {
        var store = new CorpusStore(LoaderOf(() => FuelTax));
        var before = store.Current;
        var raised = 0;
        store.Changed += _ => raised++;

        var changed = store.Reload();

        Assert.False(changed);
        Assert.Equal(0, raised);
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void Reload_ContentChanged_RaisesChangedWithNewSnapshot()
    {
        var content = FuelTax;
        var store = new CorpusStore(LoaderOf(() => content));
        var before = store.Current;
        var received = new List<CorpusSnapshot>();
        store.Changed += received.Add;

        content = FuelTax.Replace("Monday", "Tuesday", StringComparison.Ordinal);
        var changed = store.Reload();

        Assert.True(changed);
        var snapshot = Assert.Single(received);
        Assert.Same(store.Current, snapshot);
        Assert.NotEqual(before.Version, snapshot.Version);
        Assert.Contains("Tuesday", Assert.Single(snapshot.Sentences).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_ChangedThenUnchanged_RaisesOnce()
    {
        var content = FuelTax;
        var store = new CorpusStore(LoaderOf(() => content));
        var raised = 0;
        store.Changed += _ => raised++;

        content += "Refiners objected.\n";
        store.Reload();
        store.Reload();
        store.Reload();

        Assert.Equal(1, raised);
    }

    [Fact]
    public void Current_HeldByReader_StaysConsistentAcrossReload()
    {
        var content = FuelTax;
        var store = new CorpusStore(LoaderOf(() => content));
        var held = store.Current;
        var heldText = held.Sentences[0].Text;

        content = FuelTax.Replace("fuel tax", "toll", StringComparison.Ordinal);
        store.Reload();

        Assert.Equal(heldText, held.Sentences[0].Text);
        Assert.NotSame(held, store.Current);
    }

    [Fact]
    public void ForDirectory_FileAdded_ReloadSeesIt()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        var store = CorpusStore.ForDirectory(dir.Path);

        dir.Write("night-trains.md", "Transport Minister Ana Ruiz ordered the suspension of night trains.\n");
        var changed = store.Reload();

        Assert.True(changed);
        Assert.NotNull(store.Current.FindArticle("night-trains"));
    }

    [Fact]
    public void ForDirectory_BrokenFileAdded_ReloadReportsProblem()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        var store = CorpusStore.ForDirectory(dir.Path);

        dir.Write("broken.md", "---\ntitle: Night Trains\n");
        store.Reload();

        Assert.Contains(store.Current.Problems, p => p.Path == "broken.md");
    }
}
