namespace Bot.Answering.Tests;

/// <summary>Letters, apposed titles and stance words, asked of an invented story the engine was never tuned on.</summary>
public sealed class LongMessageTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Fact]
    public void Ask_LetterWithGreetingLifeStoryAndSignOff_AnswersTheQuestionItAsks()
    {
        var reply = _engine.Ask(
            "Dear Sir or Madam,\n\nHaving served in the Coast Guard during the Carter and Reagan years, I take a keen interest in matters of trade. "
            + "The article makes reference to a decision. Could you please explain what officials said that decision was meant to support?\n\nWith my thanks,\nCol. (ret.) Harold Jennings",
            _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("aims to support ongoing talks", StringComparison.Ordinal));
        Assert.DoesNotContain("Coast Guard", reply.Text);
        Assert.DoesNotContain("Jennings", reply.Text);
    }

    [Fact]
    public void Ask_LongClaimThenAQuestionThatPointsBackAtIt_ChecksTheClaim()
    {
        var reply = _engine.Ask(
            "I saw a long post on a forum yesterday saying that the tariff pause was ordered by Senator Ruth Hale herself after a fight with the importers. Does the article back that up?",
            _knowledge);

        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_LongClaimTheWriterHeldThenAQuestion_CorrectsTheClaim()
    {
        var reply = _engine.Ask("I had understood that Senator Ruth Hale was the one who ordered the tariffs against Norway to be paused. What reasons did she give for that decision?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.StartsWith("That isn't what the articles say", reply.Text);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void QuestionsOnly_ShortMessage_IsUnchanged()
    {
        Assert.Equal("Ret. Army here. who ordered it?", LongMessage.QuestionsOnly("Ret. Army here. who ordered it?"));
    }

    [Fact]
    public void Ask_WishToKnowBeforeTheQuestion_AnswersTheQuestion()
    {
        var reply = _engine.Ask("I'd like to know: who ordered the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("Lena Park", reply.Text);
    }

    [Fact]
    public void Ask_DidACriticApproveOfIt_QuotesTheirCriticismNotTheDecider()
    {
        var reply = _engine.Ask("did senator hale approve of the pause?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
        Assert.DoesNotContain("decision came from", reply.Text);
    }

    [Fact]
    public void Ask_WrongTitleSetBeforeAName_IsAboutTheNamedPerson()
    {
        var reply = _engine.Ask("Did the Trade Minister, Ms. Hale, approve of this?", _knowledge);

        Assert.False(reply.Abstained);
        Assert.Contains("identify Ruth Hale as Senator", reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("gift to importers", StringComparison.Ordinal));
        Assert.DoesNotContain("decision came from", reply.Text);
    }

    [Theory]
    [InlineData("who at the Defense Department issued the order")]
    [InlineData("did the department of defense sign off")]
    public void Normalize_DefenseDepartment_BecomesPentagon(string question)
    {
        var words = question.Split(' ').Select(w => new QuestionWord(w, w.ToLowerInvariant(), Bot.Core.Text.WordStemmer.Stem(w.ToLowerInvariant()), WasCorrected: false)).ToList();

        Assert.Contains(PhraseNormalizer.Apply(words), w => w.Lower == "pentagon");
    }
}
