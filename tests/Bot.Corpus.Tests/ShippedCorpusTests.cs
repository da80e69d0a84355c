using Bot.Core.Model;
using Bot.Core.Text;

namespace Bot.Corpus.Tests;

/// <summary>The article that ships in corpus/: it repeats four paragraphs and its title, and must load cleanly.</summary>
public sealed class ShippedCorpusTests
{
    private const string Title = "Trump Administration Halts Cyber Operations Against Russia Amid Ukraine Diplomacy";

    private static readonly CorpusSnapshot Snapshot = CorpusLoader.LoadDirectory(TestFiles.ShippedCorpusDirectory());

    private static Article HaltCyberOps => Assert.Single(Snapshot.Articles, a => a.Id == "halt-cyber-ops");

    private static string[] RawBodyLines()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.ShippedCorpusDirectory(), "halt-cyber-ops.md"));
        Assert.True(FrontMatterParser.TryParse(text, out _, out var body, out _));
        return body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
    }

    [Fact]
    public void LoadDirectory_ShippedCorpus_LoadsWithoutProblems()
    {
        Assert.Empty(Snapshot.Problems);
        Assert.Equal(Title, HaltCyberOps.Title);
    }

    private static IEnumerable<Passage> BodyPassages => HaltCyberOps.Passages.Where(p => p.Sentences.All(s => !s.IsHeading));

    [Fact]
    public void LoadDirectory_ShippedArticle_YieldsSevenDistinctBodyPassages()
    {
        var passages = BodyPassages.ToArray();

        Assert.Equal(7, passages.Length);
        Assert.Equal(7, passages.Select(p => TextNormalizer.Key(p.Text)).Distinct().Count());
        Assert.Equal(8, HaltCyberOps.Passages.Count); // the seven paragraphs and the headline, once
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"halt-cyber-ops#p{n}"), HaltCyberOps.Passages.Select(p => p.Id));
    }

    [Fact]
    public void LoadDirectory_ShippedArticle_RepeatedParagraphsKeptOnce()
    {
        var repeated = RawBodyLines()
            .Where(l => l != Title)
            .GroupBy(l => l)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToArray();

        Assert.Equal(4, repeated.Length); // the file really does repeat four paragraphs
        foreach (var paragraph in repeated)
        {
            Assert.Single(HaltCyberOps.Passages, p => p.Text == paragraph);
        }
    }

    [Fact]
    public void LoadDirectory_ShippedArticle_TitleLinesAreNotBodyPassages()
    {
        Assert.Equal(2, RawBodyLines().Count(l => l == Title)); // the file repeats its title twice in the body

        Assert.DoesNotContain(BodyPassages, p => p.Text.Contains(Title, StringComparison.Ordinal));
        var headline = Assert.Single(HaltCyberOps.Sentences, s => s.Text.Contains(Title, StringComparison.Ordinal));
        Assert.True(headline.IsHeading);
        Assert.Equal(Title, headline.Text);
    }

    [Fact]
    public void LoadDirectory_ShippedArticle_EmptyFrontMatterValuesAreNull()
    {
        Assert.Null(HaltCyberOps.Outlet);
        Assert.Null(HaltCyberOps.Url);
        Assert.Null(HaltCyberOps.Published);
    }

    [Fact]
    public void LoadDirectory_ShippedArticle_FirstSentenceKeepsUSPresident()
    {
        var first = HaltCyberOps.Sentences.First();

        Assert.Equal("halt-cyber-ops#p1.s1", first.Id);
        Assert.StartsWith("U.S. President Donald Trump's administration has halted", first.Text, StringComparison.Ordinal);
        Assert.EndsWith("to resolve the Ukraine war.", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_ShippedArticle_SentencesAreVerbatimInFile()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.ShippedCorpusDirectory(), "halt-cyber-ops.md"));

        Assert.All(Snapshot.Sentences, s => Assert.Contains(s.Text, text, StringComparison.Ordinal));
        Assert.All(Snapshot.Sentences, s => Assert.Matches(@"^halt-cyber-ops#p[1-8]\.s\d+$", s.Id));
    }

    [Fact]
    public void LoadDirectory_ShippedCorpusTwice_SameVersionAndIds()
    {
        var again = CorpusLoader.LoadDirectory(TestFiles.ShippedCorpusDirectory());

        Assert.Equal(Snapshot.Version, again.Version);
        Assert.Equal(Snapshot.Sentences.Select(s => s.Id), again.Sentences.Select(s => s.Id));
    }
}
