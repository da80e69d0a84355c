namespace Bot.Core.Model;

/// <summary>
/// An immutable view of every loaded article. A reload builds a new snapshot; readers keep the one they started with.
/// <see cref="Version"/> changes whenever any article's content changes.
/// </summary>
public sealed class CorpusSnapshot
{
    private readonly Dictionary<string, Article> _articlesById;
    private readonly Dictionary<string, Sentence> _sentencesById;

    public CorpusSnapshot(IReadOnlyList<Article> articles, IReadOnlyList<CorpusProblem> problems, string version)
    {
        Articles = articles;
        Problems = problems;
        Version = version;
        _articlesById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Sentences = articles.SelectMany(a => a.Sentences).ToArray();
        _sentencesById = Sentences.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<CorpusProblem> Problems { get; }

    public string Version { get; }

    public static CorpusSnapshot Empty { get; } = new([], [], "empty");

    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    public Sentence? FindSentence(string id) => _sentencesById.GetValueOrDefault(id);

    public Article ArticleOf(Sentence sentence) => _articlesById[sentence.ArticleId];
}
