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

    /// <summary>A story with a decider, a critic, a planned meeting, a meeting that took place, a time cue and open questions.</summary>
    public const string Tariffs = """
        ---
        title: Government Pauses Tariffs on Steel Imports
        ---
        U.S. President Joe Carver's government has paused its tariffs against Norway, officials said.
        The decision, ordered by Trade Secretary Lena Park, aims to support ongoing talks on a fisheries treaty.
        Critics fear the pause could weaken protections aimed at steelworkers in Ohio.
        Carver's government is also planning a meeting with Norwegian Prime Minister Erik Dahl.
        Carver clashed with Senator Ruth Hale during a recent meeting at the Capitol, where his remarks drew anger.
        Senator Ruth Hale criticized the pause as a gift to importers.
        The pause came two days before the fisheries talks reopened.
        How long the pause will last is unclear, and what it means for the treaty remains to be seen.
        """;

    public static CorpusKnowledge Build(params (string Name, string Text)[] articles) =>
        CorpusKnowledge.Build(CorpusLoader.Load(articles.Select(a => (a.Name, (Func<byte[]>)(() => Encoding.UTF8.GetBytes(a.Text))))));
}
