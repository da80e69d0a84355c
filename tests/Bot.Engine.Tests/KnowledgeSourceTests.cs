using Bot.Corpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Engine.Tests;

public sealed class KnowledgeSourceTests
{
    [Fact]
    public void Current_AfterStoreReloadsChangedFiles_AnswersFromTheNewCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("bot-knowledge-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.md"), "---\ntitle: A\n---\nMayor Jo Park closed the bridge.\n");
            var store = CorpusStore.ForDirectory(folder.FullName);
            using var knowledge = new KnowledgeSource(store, NullLogger<KnowledgeSource>.Instance);
            var before = knowledge.Current;

            File.WriteAllText(Path.Combine(folder.FullName, "b.md"), "---\ntitle: B\n---\nGovernor Ann Lee vetoed the budget.\n");
            var changed = store.Reload();

            Assert.True(changed);
            Assert.NotSame(before, knowledge.Current);
            Assert.Equal(2, knowledge.Current.Corpus.Articles.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
