using System.Text;
using Bot.Core.Model;
using Bot.Corpus;

namespace Bot.StoryMap.Tests;

internal static class TestStories
{
    /// <summary>Loads in-memory article files (name, text) the way the bot loads a folder, then maps the story.</summary>
    public static Story Build(params (string Name, string Text)[] files)
    {
        var corpus = CorpusLoader.Load(files.Select(f => (f.Name, (Func<byte[]>)(() => Encoding.UTF8.GetBytes(f.Text)))));
        Assert.Empty(corpus.Problems);
        return StoryMapBuilder.Build(corpus);
    }

    public static Sentence SentenceStartingWith(Story story, string start) =>
        Assert.Single(story.Corpus.Sentences, s => s.Text.StartsWith(start, StringComparison.Ordinal));

    public static Actor ActorNamed(Story story, string name) => Assert.Single(story.Actors, a => a.Name == name);

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
