using System.Text.Json;

namespace Bot.Host.Tests;

public sealed class CliTests
{
    private static readonly string[] ContractFields = ["question", "answer", "abstained", "citations", "engine", "elapsedMs"];
    private static readonly string[] CitationFields = ["marker", "articleId", "passageId", "quote", "title", "url"];

    [Fact]
    public async Task AskJson_Question_PrintsOneObjectWithTheContractFields()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(["ask", "--json", "Who ordered the halt?"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        AssertContract(json.RootElement);
        Assert.Equal("Who ordered the halt?", json.RootElement.GetProperty("question").GetString());
        Assert.Contains("Hegseth", json.RootElement.GetProperty("answer").GetString());
        Assert.False(json.RootElement.GetProperty("abstained").GetBoolean());
    }

    [Fact]
    public async Task AskJson_NoQuestion_AnswersEachStdinLineAsOneJsonLine()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(["ask", "--json"], "who is waltz\n\nwhat's the weather in paris?\nwhy did they pause it\n");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var replies = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        replies.ForEach(AssertContract);
        Assert.True(replies[1].GetProperty("abstained").GetBoolean());
        Assert.Equal("why did they pause it", replies[2].GetProperty("question").GetString());
    }

    [Fact]
    public async Task Ask_Readable_PrintsTheAnswerAndNumberedSources()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(["ask", "What did Chuck Schumer say?"]);

        Assert.Equal(0, exit);
        Assert.Contains("flawed", stdout);
        Assert.Contains("Sources:", stdout);
        Assert.Contains("[1] \u201C", stdout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Ask_EmptyQuestion_PrintsUsageAndExitsNonZero(string question)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(question.Length == 0 ? ["ask"] : ["ask", question]);

        Assert.NotEqual(0, exit);
        Assert.Contains("Usage", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task AskJson_HugeQuestionWithControlCharacters_AnswersWithATruncationNote()
    {
        var question = "who ordered the halt?\u0001\u0002 " + new string('a', 100_000);

        var (exit, stdout, _) = await CliProcess.RunAsync(["ask", "--json"], question + "\n");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.NotEmpty(json.RootElement.GetProperty("notes").EnumerateArray());
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("who")]
    [InlineData("why")]
    [InlineData("timeline")]
    [InlineData("sources")]
    public async Task StoryCommandJson_PrintsTheSameCitationShape(string command)
    {
        var (exit, stdout, _) = await CliProcess.RunAsync([command, "--json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        AssertContract(json.RootElement);
        Assert.Equal(command, json.RootElement.GetProperty("command").GetString());
    }

    [Fact]
    public async Task Who_WithName_PrintsThatPerson()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(["who", "national", "security", "adviser"]);

        Assert.Equal(0, exit);
        Assert.Contains("Mike Waltz", stdout);
    }

    [Fact]
    public async Task Ask_InvalidProvider_ExitsWithAConfigurationError()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(["ask", "who?"], environment: new() { ["Ai__Provider"] = "Bogus", ["Ai__ApiKey"] = "sk-do-not-print" });

        Assert.Equal(2, exit);
        Assert.Contains("Ai__Provider", stderr);
        Assert.DoesNotContain("sk-do-not-print", stderr);
    }

    [Fact]
    public async Task Chat_FollowUp_UsesTheConversation()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(["chat"], "What did Schumer say?\nand why does he think so?\n/quit\n");

        Assert.Equal(0, exit);
        var second = stdout[(stdout.IndexOf("Sources:", StringComparison.Ordinal) + 8)..];
        Assert.Contains("Schumer", second);
    }

    private static void AssertContract(JsonElement reply)
    {
        foreach (var field in ContractFields)
        {
            Assert.True(reply.TryGetProperty(field, out _), $"missing {field}");
        }

        foreach (var citation in reply.GetProperty("citations").EnumerateArray())
        {
            foreach (var field in CitationFields)
            {
                Assert.True(citation.TryGetProperty(field, out _), $"citation missing {field}");
            }
        }
    }
}
