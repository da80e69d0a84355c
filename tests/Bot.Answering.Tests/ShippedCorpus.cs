using Bot.Corpus;

namespace Bot.Answering.Tests;

/// <summary>The shipped corpus, loaded once for all tests of this assembly.</summary>
public static class ShippedCorpus
{
    private static readonly Lazy<CorpusKnowledge> s_knowledge = new(() => CorpusKnowledge.Build(CorpusLoader.LoadDirectory(RepositoryPaths.Corpus)));

    public static CorpusKnowledge Knowledge => s_knowledge.Value;

    /// <summary>Every sentence of the corpus, for verbatim checks.</summary>
    public static string Text => string.Join("\n", Knowledge.Corpus.Sentences.Select(s => s.Text));
}
