using Bot.Core.Model;
using Bot.Retrieval;
using Bot.StoryMap;

namespace Bot.Answering;

/// <summary>Everything the answerer knows about one corpus snapshot: the search index, the story map and the vocabulary.</summary>
public sealed class CorpusKnowledge : IDisposable
{
    private readonly string[][] _sentenceStems;
    private readonly Lazy<IReadOnlySet<string>> _namedStems;

    private CorpusKnowledge(CorpusSnapshot corpus, CorpusIndex index, Story story, Vocabulary vocabulary)
    {
        _sentenceStems = corpus.Sentences.Select(s => TextStems.Of(s.Text)).ToArray();
        Corpus = corpus;
        Index = index;
        Story = story;
        Vocabulary = vocabulary;
        Actors = new ActorLookup(story, id => corpus.FindSentence(id) is { } s ? _sentenceStems[s.Ordinal] : []);
        HeadlineStems = Bot.Retrieval.SynonymTable.WithSynonyms(corpus.Articles.Take(20)
            .SelectMany(a => TextStems.Of(a.Title + " " + (a.Sentences.FirstOrDefault(s => !s.IsHeading)?.Text ?? "")))
            .Concat(story.PrimaryDecision is { } d ? TextStems.Of(d.Action) : []));
        NameWords = story.Actors.SelectMany(a => a.Name.ToLowerInvariant().Split(' ')).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);
        _namedStems = new Lazy<IReadOnlySet<string>>(() => StemsAfterProperNouns(corpus, vocabulary));
    }

    /// <summary>Stems of nouns the articles qualify with a proper name somewhere ("Volt Typhoon groups" gives "group").</summary>
    public IReadOnlySet<string> NamedStems => _namedStems.Value;

    private static HashSet<string> StemsAfterProperNouns(CorpusSnapshot corpus, Vocabulary vocabulary)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in corpus.Sentences)
        {
            var tokens = Bot.Core.Text.Tokenizer.Tokenize(sentence.Text);
            for (var i = 2; i < tokens.Count; i++)
            {
                if (tokens[i - 1].IsCapitalized && vocabulary.IsProperNoun(tokens[i - 1].Lower))
                {
                    stems.Add(Bot.Core.Text.WordStemmer.Stem(tokens[i].Lower));
                }
            }
        }

        return stems;
    }

    public CorpusSnapshot Corpus { get; }

    public CorpusIndex Index { get; }

    public Story Story { get; }

    public Vocabulary Vocabulary { get; }

    public ActorLookup Actors { get; }

    /// <summary>Stems (and their synonyms) of the headlines and leads: "what happened with the cyber halt" is still a request for the summary.</summary>
    public IReadOnlySet<string> HeadlineStems { get; }

    /// <summary>Lower-case words of actors' names, which spelling correction may aim at more freely.</summary>
    public IReadOnlySet<string> NameWords { get; }

    public string Version => Corpus.Version;

    /// <summary>The sentences in which the articles report an actor taking a position (not a bare statement), in reaction order.</summary>
    public IEnumerable<Sentence> PositionSentences(string actorId) =>
        Story.ReactionsBy(actorId).Where(r => r.Stance != Stance.Statement).Select(r => Corpus.FindSentence(r.Evidence.SentenceId)).OfType<Sentence>();

    /// <summary>The sentence saying the main decision's reasons are not known ("the rationale has not been made public"), if any.</summary>
    public Sentence? UndisclosedReasons() =>
        Story.PrimaryDecision?.Unknowns.Select(u => Corpus.FindSentence(u.SentenceId)).OfType<Sentence>().FirstOrDefault(s => QuestionPatterns.RationaleUnknown().IsMatch(s.Text));

    /// <summary>The distinct content stems of a sentence.</summary>
    public IReadOnlyList<string> StemsOf(Sentence sentence) => _sentenceStems[sentence.Ordinal];

    public static CorpusKnowledge Build(CorpusSnapshot corpus)
    {
        var index = CorpusIndex.Build(corpus);
        var story = StoryMapBuilder.Build(corpus);
        var extra = GenericWords.All
            .Concat(PhraseNormalizer.Words)
            .Concat(Bot.Retrieval.SynonymTable.AllWords)
            .Concat(story.Actors.SelectMany(a => (a.Name + " " + a.Role).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return new CorpusKnowledge(corpus, index, story, new Vocabulary(corpus, extra));
    }

    public void Dispose() => Index.Dispose();
}
