using Bot.Core.Text;
using Lucene.Net.Search.Similarities;

namespace Bot.Retrieval.Tests;

public sealed class CorpusIndexTests
{
    private static readonly string[] FuelTaxSentences =
    [
        "Governor Jane Alvarez suspended the fuel tax on Monday.",
        "The fuel tax pays for road repairs across the state.",
        "Truckers welcomed the end of the fuel tax.",
        "The fuel tax returns in October, the governor said.",
    ];

    private static WeightedTerm Term(string word, float weight = 1f) => new(WordStemmer.Stem(word), weight);

    [Fact]
    public void Build_Snapshot_IndexesEverySentence()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        Assert.Equal(4, index.SentenceCount);
    }

    [Fact]
    public void Search_QueryWithRareTerm_RanksSentenceWithRareTermFirst()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        var hits = index.Search([Term("fuel"), Term("tax"), Term("truckers")], top: 10);

        Assert.Equal(4, hits.Count);
        Assert.Equal("Truckers welcomed the end of the fuel tax.", hits[0].Sentence.Text);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_Results_OrderedByDescendingScore()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        var hits = index.Search([Term("fuel"), Term("governor"), Term("repairs")], top: 10);

        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Sentence.Id), hits.Select(h => h.Sentence.Id));
    }

    [Fact]
    public void Search_InflectedQueryWord_FindsOtherInflection()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        var hit = Assert.Single(index.Search([Term("suspending")], top: 10));

        Assert.Equal("test-article#p1.s1", hit.Sentence.Id);
    }

    [Fact]
    public void Search_TopLimit_ReturnsAtMostTop()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        Assert.Equal(2, index.Search([Term("fuel")], top: 2).Count);
    }

    [Fact]
    public void Search_NoTermsOrUnknownTerm_ReturnsNothing()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        Assert.Empty(index.Search([], top: 5));
        Assert.Empty(index.Search([Term("volcano")], top: 5));
    }

    [Fact]
    public void Search_HigherWeight_WinsAmongEquallyRareTerms()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(
            "Harbor cranes stood idle.",
            "Ferry crews went on strike."));

        var cranesFirst = index.Search([Term("cranes", 2f), Term("ferry", 0.5f)], top: 2);
        var ferryFirst = index.Search([Term("cranes", 0.5f), Term("ferry", 2f)], top: 2);

        Assert.Equal("test-article#p1.s1", cranesFirst[0].Sentence.Id);
        Assert.Equal("test-article#p2.s1", ferryFirst[0].Sentence.Id);
    }

    [Fact]
    public void Search_SynonymExpandedPause_FindsSentenceThatOnlySaysHalted()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(
            "The airline halted flights to the island after the storm.",
            "Passengers crowded the terminal on Tuesday.",
            "The island's tourism board expects a quiet season."));
        var pause = WordStemmer.Stem("pause");
        var query = new List<WeightedTerm> { new(pause, 1f) };
        query.AddRange(SynonymTable.Expand(pause).Select(s => new WeightedTerm(s, 0.6f)));

        Assert.Empty(index.Search([new WeightedTerm(pause, 1f)], top: 5)); // the word itself is not in the corpus
        var hits = index.Search(query, top: 5);

        Assert.Equal("The airline halted flights to the island after the storm.", Assert.Single(hits).Sentence.Text);
    }

    [Fact]
    public void DocumentFrequency_Stems_CountsSentencesContainingThem()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        Assert.Equal(4, index.DocumentFrequency(WordStemmer.Stem("fuel")));
        Assert.Equal(1, index.DocumentFrequency(WordStemmer.Stem("truckers")));
        Assert.Equal(2, index.DocumentFrequency(WordStemmer.Stem("governor")));
        Assert.Equal(0, index.DocumentFrequency(WordStemmer.Stem("volcano")));
    }

    [Fact]
    public void DocumentFrequency_StopWord_IsZero()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        Assert.Equal(0, index.DocumentFrequency("the"));
    }

    [Fact]
    public void Idf_RarerStem_HigherIdf()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        var rare = index.Idf(WordStemmer.Stem("truckers"));
        var common = index.Idf(WordStemmer.Stem("fuel"));
        var unknown = index.Idf(WordStemmer.Stem("volcano"));

        Assert.True(rare > common, $"idf(trucker) {rare} should exceed idf(fuel) {common}");
        Assert.True(unknown > rare);
        Assert.True(common > 0);
    }

    [Fact]
    public void Idf_Stem_MatchesBm25Formula()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of(FuelTaxSentences));

        // N = 4, df = 2: ln(1 + (4 - 2 + 0.5) / (2 + 0.5)) = ln 2.
        Assert.Equal(Math.Log(2), index.Idf(WordStemmer.Stem("governor")), precision: 10);
    }

    [Fact]
    public void CreateSimilarity_Default_IsBm25WithStandardParameters()
    {
        var similarity = Assert.IsType<BM25Similarity>(CorpusIndex.CreateSimilarity());

        Assert.Equal(1.2f, similarity.K1);
        Assert.Equal(0.75f, similarity.B);
    }

    [Fact]
    public void Corpus_BuiltIndex_KeepsItsSnapshot()
    {
        var snapshot = TestCorpus.Of(FuelTaxSentences);
        using var index = CorpusIndex.Build(snapshot);

        Assert.Same(snapshot, index.Corpus);
    }

    [Fact]
    public void Build_EmptySnapshot_SearchReturnsNothing()
    {
        using var index = CorpusIndex.Build(TestCorpus.Of());

        Assert.Equal(0, index.SentenceCount);
        Assert.Empty(index.Search([Term("fuel")], top: 5));
    }
}
