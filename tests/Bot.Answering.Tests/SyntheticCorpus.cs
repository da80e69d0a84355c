using System.Text;
using Bot.Corpus;

namespace Bot.Answering.Tests;

/// <summary>Builds knowledge from articles written in a test, to show the engine is not tuned to one story.</summary>
public static class SyntheticCorpus
{
    public const string BusFares = """
        ---
        title: City Suspends Bus Fare Increase
        ---
        Transport Minister Ana Ruiz ordered the suspension of the planned bus fare increase, officials said.
        Officials said the order aims to ease pressure on commuters during the winter.
        Opposition Leader Tom Becker criticized the move as a short-term stunt, arguing it leaves the transit budget short.
        Ruiz denied that the decision was political.
        How long the suspension will last remains unclear.
        """;

    public static CorpusKnowledge Build(params (string Name, string Text)[] articles) =>
        CorpusKnowledge.Build(CorpusLoader.Load(articles.Select(a => (a.Name, (Func<byte[]>)(() => Encoding.UTF8.GetBytes(a.Text))))));
}
