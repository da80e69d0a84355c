using System.Text.Json.Nodes;
using Bot.Core.Replies;
using Bot.Discord.Commands;

namespace Bot.Discord.Tests;

public sealed class CommandSetTests
{
    [Fact]
    public void ShippedCommands_Validate_PassDiscordsRules()
    {
        Assert.Empty(DiscordCommandValidator.Validate(DiscordCommandSet.Build()));
    }

    [Fact]
    public void ShippedCommands_Build_MatchTheBotsCommandsAndAreStable()
    {
        var first = DiscordCommandSet.Build();

        Assert.Equal(ReplyCommands.All, first.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(first.ToJsonString(), DiscordCommandSet.Build().ToJsonString());
        Assert.True(first.Single(c => c!["name"]!.GetValue<string>() == "who")!["options"]![0]!["autocomplete"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("Ask")]
    [InlineData("ask question")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefg")]
    [InlineData("")]
    public void BadName_Validate_IsRejected(string name) =>
        Assert.NotEmpty(DiscordCommandValidator.Validate([Command(name, "A description")]));

    [Theory]
    [InlineData("ask")]
    [InlineData("häufig")]
    [InlineData("q-a_1")]
    public void GoodName_Validate_IsAccepted(string name) =>
        Assert.Empty(DiscordCommandValidator.Validate([Command(name, "A description")]));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void DescriptionLength_Validate_MustBe1To100(int length) =>
        Assert.NotEmpty(DiscordCommandValidator.Validate([Command("ask", new string('d', length))]));

    [Fact]
    public void TooManyOptions_Validate_IsRejected()
    {
        var command = Command("ask", "d");
        command["options"] = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)Option($"o{i}", required: false))]);

        Assert.Contains(DiscordCommandValidator.Validate([command]), e => e.Contains("26 options", StringComparison.Ordinal));
    }

    [Fact]
    public void RequiredAfterOptional_Validate_IsRejected()
    {
        var command = Command("ask", "d");
        command["options"] = new JsonArray(Option("a", required: false), Option("b", required: true));

        Assert.Contains(DiscordCommandValidator.Validate([command]), e => e.Contains("after an optional", StringComparison.Ordinal));
    }

    [Fact]
    public void ChoicesWithAutocomplete_Validate_IsRejected()
    {
        var command = Command("ask", "d");
        var option = Option("a", required: false);
        option["autocomplete"] = true;
        option["choices"] = new JsonArray(new JsonObject { ["name"] = "x", ["value"] = "x" });
        command["options"] = new JsonArray(option);

        Assert.NotEmpty(DiscordCommandValidator.Validate([command]));
    }

    [Fact]
    public void OverEightThousandCharacters_Validate_IsRejected()
    {
        var command = Command("ask", "d");
        command["options"] = new JsonArray([.. Enumerable.Range(0, 25).Select(i =>
        {
            var option = Option($"o{i}", required: false);
            option["choices"] = new JsonArray([.. Enumerable.Range(0, 25).Select(j => (JsonNode)new JsonObject { ["name"] = new string('n', 20), ["value"] = new string('v', 20) })]);
            return (JsonNode)option;
        })]);

        Assert.Contains(DiscordCommandValidator.Validate([command]), e => e.Contains("8,000", StringComparison.Ordinal));
    }

    private static JsonObject Command(string name, string description) => new() { ["name"] = name, ["description"] = description, ["type"] = 1 };

    private static JsonObject Option(string name, bool required) => new() { ["name"] = name, ["description"] = "d", ["type"] = 3, ["required"] = required };
}
