using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_AbbreviationUS_KeepsOneSentence()
    {
        const string paragraph = "U.S. President Donald Trump met the press on Friday.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal([paragraph], sentences);
    }

    [Fact]
    public void Split_AbbreviationUSMidSentence_KeepsNameWithAcronym()
    {
        const string paragraph = "Officials said U.S. Senator Maria Lopez backed the plan. Lopez declined to comment.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(
            ["Officials said U.S. Senator Maria Lopez backed the plan.", "Lopez declined to comment."],
            sentences);
    }

    [Fact]
    public void Split_AcronymEndsSentenceBeforeSentenceStarter_Splits()
    {
        const string paragraph = "The envoy flew to the U.S. The talks begin Monday.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(["The envoy flew to the U.S.", "The talks begin Monday."], sentences);
    }

    [Fact]
    public void Split_NormalSentences_SplitsAtEachPeriod()
    {
        const string paragraph = "Governor Jane Alvarez suspended the fuel tax. Drivers cheered the move. Refiners did not.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(
            ["Governor Jane Alvarez suspended the fuel tax.", "Drivers cheered the move.", "Refiners did not."],
            sentences);
    }

    [Fact]
    public void Split_TitleAbbreviationSen_DoesNotSplitAfterTitle()
    {
        const string paragraph = "Sen. Smith said the bill would pass. It failed by two votes.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(["Sen. Smith said the bill would pass.", "It failed by two votes."], sentences);
    }

    [Theory]
    [InlineData("Dr. Okafor", "Dr. Okafor reviewed the data. She found no errors.")]
    [InlineData("Gov. Alvarez", "Gov. Alvarez signed the order. Lawmakers were not consulted.")]
    [InlineData("Mrs. Chen", "Mrs. Chen won the seat. Her rival conceded.")]
    public void Split_OtherTitleAbbreviations_KeepTitleWithName(string titled, string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith(titled, sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_PersonalInitials_KeepsOneSentence()
    {
        const string paragraph = "The report was written by J. R. Halvorsen of the port authority.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal([paragraph], sentences);
    }

    [Fact]
    public void Split_InitialsFollowedByNewSentence_SplitsAfterSentence()
    {
        const string paragraph = "Investigator Paula K. Brandt filed the report. It runs to 90 pages.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(["Investigator Paula K. Brandt filed the report.", "It runs to 90 pages."], sentences);
    }

    [Fact]
    public void Split_QuestionAndExclamationMarks_SplitAtEach()
    {
        const string paragraph = "Will the tax return next year? Nobody knows! Officials stayed silent.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(["Will the tax return next year?", "Nobody knows!", "Officials stayed silent."], sentences);
    }

    [Fact]
    public void Split_ClosingQuoteAfterPeriod_KeepsQuoteWithSentence()
    {
        const string paragraph = "\u201CWe will not back down.\u201D The mayor left the stage.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(["\u201CWe will not back down.\u201D", "The mayor left the stage."], sentences);
    }

    [Theory]
    [InlineData("Prices rose 3.5 percent in March. Analysts expected less.")]
    [InlineData("The U.S.-led coalition met in Oslo. It agreed on nothing.")]
    public void Split_PeriodInsideToken_DoesNotSplitThere(string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Split_LowercaseAfterPeriod_DoesNotSplit()
    {
        const string paragraph = "The fee is approx. five dollars per ticket.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Single(sentences);
    }

    [Theory]
    [InlineData("U.S. President Donald Trump met the press. Sen. Smith said the bill would pass! Would it?   It did.")]
    [InlineData("  Transport Minister Ana Ruiz ordered the suspension. \u201CIt is temporary,\u201D she said.  Critics disagreed. ")]
    [InlineData("No final punctuation here")]
    public void Split_AnyParagraph_ReturnsVerbatimSubstringsInOrder(string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.NotEmpty(sentences);
        var from = 0;
        foreach (var sentence in sentences)
        {
            var at = paragraph.IndexOf(sentence, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{sentence}' is not a verbatim substring after position {from}");
            Assert.Equal(sentence.Trim(), sentence);
            from = at + sentence.Length;
        }

        // Nothing but white space is lost between or around the sentences.
        Assert.Equal(
            string.Concat(paragraph.Where(c => !char.IsWhiteSpace(c))),
            string.Concat(string.Concat(sentences).Where(c => !char.IsWhiteSpace(c))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Split_BlankParagraph_ReturnsNothing(string paragraph)
    {
        Assert.Empty(SentenceSplitter.Split(paragraph));
    }
}
