using System.Text;
using Bot.Core.Model;

namespace Bot.Corpus.Tests;

public sealed class CorpusLoaderTests
{
    private const string FuelTax =
        "---\ntitle: Governor Suspends Fuel Tax\nid: fuel-tax\n---\n" +
        "Governor Jane Alvarez suspended the fuel tax on Monday. She said drivers needed relief.\n" +
        "Refiners objected.\n";

    private const string NightTrains =
        "---\ntitle: Night Trains Halted\n---\n" +
        "Transport Minister Ana Ruiz ordered the suspension of night trains.\n";

    private static (string Name, Func<byte[]> Read) InMemory(string name, string text) =>
        (name, () => Encoding.UTF8.GetBytes(text));

    private static CorpusProblem ProblemFor(CorpusSnapshot snapshot, string name) =>
        Assert.Single(snapshot.Problems, p => p.Path == name);

    [Fact]
    public void LoadDirectory_GoodAndBadFiles_LoadsGoodAndReportsEachBadByName()
    {
        using var dir = new TempDirectory();
        dir.Write("a-fuel-tax.md", FuelTax);
        dir.Write("empty.md", "");
        dir.Write("blank.txt", "  \n\t\r\n");
        dir.WriteBytes("binary.md", [0x47, 0x6F, 0x00, 0x01, 0x02, 0x0A]);
        dir.WriteBytes("latin1.md", [.. "Caf"u8, 0xE9, .. " closures were ordered.\n"u8]);
        dir.Write("broken.md", "---\ntitle: Broken\ndate: 2025-06-02\n");
        dir.Write("no-colon.md", "---\ntitle Broken\n---\nText.\n");
        dir.Write("z-duplicate.md", "---\nid: fuel-tax\n---\nA different story that reuses the id.\n");

        var snapshot = CorpusLoader.LoadDirectory(dir.Path);

        var article = Assert.Single(snapshot.Articles);
        Assert.Equal("fuel-tax", article.Id);
        Assert.Equal(7, snapshot.Problems.Count);
        Assert.Contains("empty", ProblemFor(snapshot, "empty.md").Reason, StringComparison.Ordinal);
        Assert.Contains("empty", ProblemFor(snapshot, "blank.txt").Reason, StringComparison.Ordinal);
        Assert.Contains("binary", ProblemFor(snapshot, "binary.md").Reason, StringComparison.Ordinal);
        Assert.Contains("UTF-8", ProblemFor(snapshot, "latin1.md").Reason, StringComparison.Ordinal);
        Assert.Contains("never closed", ProblemFor(snapshot, "broken.md").Reason, StringComparison.Ordinal);
        Assert.Contains("key: value", ProblemFor(snapshot, "no-colon.md").Reason, StringComparison.Ordinal);
        Assert.Contains("'fuel-tax'", ProblemFor(snapshot, "z-duplicate.md").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_Readme_Ignored()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        dir.Write("README.md", "This folder holds the articles the bot answers from.\n");
        dir.Write("readme.MD", "Lower-case readme is also documentation.\n");

        var snapshot = CorpusLoader.LoadDirectory(dir.Path);

        Assert.Equal(["fuel-tax"], snapshot.Articles.Select(a => a.Id));
        Assert.Empty(snapshot.Problems);
    }

    [Fact]
    public void LoadDirectory_OtherExtensionsAndHiddenFiles_Ignored()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        dir.Write("notes.json", "{\"not\": \"an article\"}");
        dir.Write(".draft.md", "A hidden draft that must not load.\n");

        var snapshot = CorpusLoader.LoadDirectory(dir.Path);

        Assert.Equal(["fuel-tax"], snapshot.Articles.Select(a => a.Id));
        Assert.Empty(snapshot.Problems);
    }

    [Fact]
    public void LoadDirectory_SubfoldersAndTxt_LoadedInNameOrder()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "rail"));
        dir.Write(Path.Combine("rail", "night-trains.txt"), NightTrains);
        dir.Write("fuel-tax.markdown", FuelTax);

        var snapshot = CorpusLoader.LoadDirectory(dir.Path);

        Assert.Equal(["fuel-tax", "night-trains"], snapshot.Articles.Select(a => a.Id));
        Assert.Equal(Enumerable.Range(0, snapshot.Sentences.Count), snapshot.Sentences.Select(s => s.Ordinal));
        Assert.Equal(Path.Combine("rail", "night-trains.txt"), snapshot.FindArticle("night-trains")!.SourcePath);
    }

    [Fact]
    public void LoadDirectory_Utf8ByteOrderMark_Accepted()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("fuel-tax.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(FuelTax)]);

        var snapshot = CorpusLoader.LoadDirectory(dir.Path);

        Assert.Equal("Governor Suspends Fuel Tax", Assert.Single(snapshot.Articles).Title);
    }

    [Fact]
    public void LoadDirectory_MissingFolder_ReportsProblem()
    {
        var missing = Path.Combine(Path.GetTempPath(), "bot-corpus-missing-" + Guid.NewGuid().ToString("N"));

        var snapshot = CorpusLoader.LoadDirectory(missing);

        Assert.Empty(snapshot.Articles);
        Assert.Contains("does not exist", Assert.Single(snapshot.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_FileTooLarge_ReportedNotLoaded()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        dir.Write("huge.md", new string('x', (int)CorpusLoader.MaxFileBytes) + " overflow.\n");

        var snapshot = CorpusLoader.LoadDirectory(dir.Path);

        Assert.Equal(["fuel-tax"], snapshot.Articles.Select(a => a.Id));
        Assert.Contains("larger than", ProblemFor(snapshot, "huge.md").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadThrows_ReportedAsUnreadable()
    {
        var snapshot = CorpusLoader.Load(
        [
            InMemory("fuel-tax.md", FuelTax),
            ("locked.md", () => throw new IOException("locked by another process")),
        ]);

        Assert.Single(snapshot.Articles);
        Assert.Contains("locked by another process", ProblemFor(snapshot, "locked.md").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameContent_SameVersion()
    {
        var first = CorpusLoader.Load([InMemory("fuel-tax.md", FuelTax), InMemory("night-trains.md", NightTrains)]);
        var second = CorpusLoader.Load([InMemory("fuel-tax.md", FuelTax), InMemory("night-trains.md", NightTrains)]);

        Assert.Equal(first.Version, second.Version);
    }

    [Fact]
    public void Load_ContentChanged_VersionChanges()
    {
        var before = CorpusLoader.Load([InMemory("fuel-tax.md", FuelTax)]);
        var after = CorpusLoader.Load([InMemory("fuel-tax.md", FuelTax.Replace("Monday", "Tuesday", StringComparison.Ordinal))]);

        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void Load_ArticleAdded_VersionChanges()
    {
        var before = CorpusLoader.Load([InMemory("fuel-tax.md", FuelTax)]);
        var after = CorpusLoader.Load([InMemory("fuel-tax.md", FuelTax), InMemory("night-trains.md", NightTrains)]);

        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void LoadDirectory_UnchangedFolder_SameVersion()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);

        var first = CorpusLoader.LoadDirectory(dir.Path);
        File.SetLastWriteTimeUtc(Path.Combine(dir.Path, "fuel-tax.md"), DateTime.UtcNow.AddMinutes(5));
        var second = CorpusLoader.LoadDirectory(dir.Path);

        Assert.Equal(first.Version, second.Version);
    }

    [Fact]
    public void LoadDirectory_FileEdited_VersionChanges()
    {
        using var dir = new TempDirectory();
        dir.Write("fuel-tax.md", FuelTax);
        var before = CorpusLoader.LoadDirectory(dir.Path);

        dir.Write("fuel-tax.md", FuelTax + "Truckers planned a convoy.\n");
        var after = CorpusLoader.LoadDirectory(dir.Path);

        Assert.NotEqual(before.Version, after.Version);
        Assert.Contains(after.Sentences, s => s.Text == "Truckers planned a convoy.");
    }
}
