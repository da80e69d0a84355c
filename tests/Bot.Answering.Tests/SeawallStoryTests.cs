namespace Bot.Answering.Tests;

/// <summary>
/// An invented story whose critics are unnamed and whose infrastructure is named only in general: "which
/// infrastructure, specifically?" has no answer; "what did critics say?" does.
/// </summary>
public sealed class SeawallStoryTests
{
    private const string SeawallArticle = """
        ---
        title: Council Shelves Seawall Repairs
        ---
        The county council has shelved its seawall repairs, officials said.
        The decision, ordered by Council Chair Rosa Lind, aims to fund a new school.
        Critics fear the move leaves coastal infrastructure exposed to storms.
        """;

    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("seawall.md", SeawallArticle));

    [Theory]
    [InlineData("which coastal infrastructure did storms hit specifically?")]
    [InlineData("Which infrastructure did storms damage, piers or roads?")]
    [InlineData("which coastal infrastructure did the storms hit recently, the piers? roads?")]
    [InlineData("Which pieces of coastal infrastructure have storms actually hit?")]
    public void Ask_ParticularsOfSomethingNamedOnlyInGeneral_Abstains(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
    }

    [Theory]
    [InlineData("what infrastructure do critics say is exposed?")]
    [InlineData("which infrastructure is left exposed")]
    public void Ask_WhichInfrastructureTheArticlesDescribe_QuotesTheDescription(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("coastal infrastructure exposed", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatCriticsSaid_QuotesTheUnnamedCriticsOwnSentence()
    {
        var reply = _engine.Ask("what did critics say", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Critics fear", StringComparison.Ordinal));
    }
}
