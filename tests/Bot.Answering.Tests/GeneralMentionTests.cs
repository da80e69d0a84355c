namespace Bot.Answering.Tests;

/// <summary>Particulars pressed of something an invented story names only in general.</summary>
public sealed class GeneralMentionTests
{
    private const string FareArticle = """
        ---
        title: City Freezes Bus Fares
        ---
        Mayor Ana Ruiz froze bus fares on Monday, citing unspecified budget pressures.
        The council weighed several fare options, including a discount for students and a cap on monthly passes.
        Critics said the freeze could strain maintenance budgets.
        """;

    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("fares.md", FareArticle));

    [Theory]
    [InlineData("what are the budget pressures, specifically?")]
    [InlineData("which specific budget pressures did Ruiz cite?")]
    public void Ask_ParticularsOfAPhraseUsedOnlyInGeneral_SaysTheArticlesGiveNone(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("mention budget pressures but don't say which ones", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("unspecified budget pressures", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_ParticularsThatTheSentenceLists_AreAnswered()
    {
        var reply = _engine.Ask("which fare options exactly?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("including a discount for students", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatFollowsAPhrase_IsAnsweredFromTheSentence()
    {
        var reply = _engine.Ask("the freeze could strain what exactly?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("strain maintenance budgets", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_WhatExactlyAGroupFears_QuotesTheFearNotAnAbstention()
    {
        var knowledge = SyntheticCorpus.Build(("steel.md", """
            ---
            title: Government Pauses Steel Tariffs
            ---
            Trade Secretary Lena Park has paused the steel tariffs, officials said.
            Trade experts fear the pause could weaken protections for steelworkers in Ohio.
            """));

        var reply = _engine.Ask("what exactly are the trade experts worried about", knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.StartsWith("Trade experts fear the pause", StringComparison.Ordinal));
    }
}
