using System.Globalization;
using Bot.Llm.Tests.FakeOpenAI;

namespace Bot.Llm.Tests;

public sealed class ContextBudgetTests
{
    [Theory]
    [InlineData(null, 1500)]
    [InlineData("300", 300)]
    public async Task LargeCorpus_Ask_SendsPassagesWithinTheTokenBudget(string? configured, int budget)
    {
        var folder = Directory.CreateTempSubdirectory("bot-budget-");
        try
        {
            WriteArticles(folder.FullName, count: 60);
            var settings = new Dictionary<string, string?> { ["Corpus:Path"] = folder.FullName };
            if (configured is not null)
            {
                settings["Ai:ContextTokens"] = configured;
            }

            await using var bot = await LlmBot.StartAsync(settings);
            bot.Server.Enqueue(ScriptedResponse.Completion(PromptLibrary.NotFoundToken));

            var reply = await bot.Bot.AskAsync("Why did the transport minister suspend the fare increase?");

            var passages = PromptPassages.Of(Assert.Single(bot.Server.Requests));
            var counter = new TokenCounter();
            var sent = passages.Sum(p => counter.Count($"[{p.Key}] \"x\": {p.Value}\n"));
            Assert.NotEmpty(passages);
            Assert.InRange(reply.Usage!.ContextTokens, 1, budget);
            Assert.True(sent <= budget + (passages.Count * 20), $"{sent} tokens in {passages.Count} passages"); // titles differ from "x"
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void WriteArticles(string folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(folder, $"city-{n}.md"), $"""
                ---
                title: City {n} Suspends Bus Fare Increase
                ---
                Transport Minister Ana Ruiz{n} ordered the suspension of the planned bus fare increase in city {n}, officials said on day {n}.

                Officials said the order aims to ease pressure on commuters in city {n} during a winter of rising costs and long delays on every line.

                Opposition Leader Tom Becker{n} criticized the move as a short-term stunt, arguing it leaves the transit budget of city {n} short.
                """);
        }
    }
}
