using Bot.Core.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Bot.Retrieval;

/// <summary>
/// An in-memory Lucene index of every sentence of a corpus snapshot, ranked by BM25 (k1 = 1.2, b = 0.75, set
/// explicitly on both writer and searcher). Immutable once built; a corpus reload builds a new one.
/// </summary>
public sealed class CorpusIndex : IDisposable
{
    public const string TextField = "text";
    private const string OrdinalField = "ordinal";

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Sentence[] _sentences;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _documentFrequency;

    private CorpusIndex(CorpusSnapshot corpus, RAMDirectory directory)
    {
        Corpus = corpus;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = CreateSimilarity() };
        _sentences = corpus.Sentences.ToArray();
        _documentFrequency = new(StringComparer.Ordinal);
    }

    public CorpusSnapshot Corpus { get; }

    public int SentenceCount => _sentences.Length;

    public static Similarity CreateSimilarity() => new BM25Similarity(k1: 1.2f, b: 0.75f);

    public static CorpusIndex Build(CorpusSnapshot corpus)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(NewsAnalyzer.Version, new NewsAnalyzer())
        {
            Similarity = CreateSimilarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var text = new TextField(TextField, "", Field.Store.NO);
            var ordinal = new StoredField(OrdinalField, 0);
            var document = new Document { text, ordinal };
            for (var i = 0; i < corpus.Sentences.Count; i++)
            {
                text.SetStringValue(corpus.Sentences[i].Text);
                ordinal.SetInt32Value(i);
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return new CorpusIndex(corpus, directory);
    }

    /// <summary>How many sentences contain the stem; 0 for a word the corpus never uses.</summary>
    public int DocumentFrequency(string stem)
    {
        return _documentFrequency.GetOrAdd(stem, s => _reader.DocFreq(new Term(TextField, s)));
    }

    /// <summary>Inverse document frequency in BM25's form; higher for rarer stems.</summary>
    public double Idf(string stem)
    {
        var df = DocumentFrequency(stem);
        return Math.Log(1 + (SentenceCount - df + 0.5) / (df + 0.5));
    }

    public IReadOnlyList<SearchHit> Search(IEnumerable<WeightedTerm> terms, int top)
    {
        var query = new BooleanQuery();
        foreach (var term in terms.GroupBy(t => t.Stem).Select(g => g.MaxBy(t => t.Weight)))
        {
            query.Add(new TermQuery(new Term(TextField, term.Stem)) { Boost = term.Weight }, Occur.SHOULD);
        }

        if (query.Clauses.Count == 0 || top <= 0)
        {
            return [];
        }

        var docs = _searcher.Search(query, Math.Max(1, top));
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            var ordinal = _searcher.Doc(scoreDoc.Doc).GetField(OrdinalField).GetInt32Value() ?? -1;
            if (ordinal >= 0)
            {
                hits.Add(new SearchHit(_sentences[ordinal], scoreDoc.Score));
            }
        }

        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
