namespace Bot.Answering.Tests;

/// <summary>Matters news of a decision rarely covers — legality, the form of an order, what was said at a meeting, who else attends — asked of an invented story.</summary>
public sealed class UndiscussedMatterTests
{
    private readonly AnswerEngine _engine = new();
    private readonly CorpusKnowledge _knowledge = SyntheticCorpus.Build(("tariffs.md", SyntheticCorpus.Tariffs));

    [Theory]
    [InlineData("is the pause even legal?", "whether it is legal")]
    [InlineData("is this legal", "whether it is legal")]
    [InlineData("was Park's order written or verbal?", "what form the order took")]
    [InlineData("was the pause brought up during the Capitol meeting?", "what was discussed there")]
    [InlineData("what's the official name of the order?", "an official name")]
    [InlineData("what does Hale think of Dahl?", "anything Ruth Hale said about or in response to Erik Dahl")]
    [InlineData("who else besides Carver will attend the meeting with Dahl?", "anyone else by name")]
    [InlineData("was Park fired over this?", "anything about \u201Cfired\u201D")]
    [InlineData("Did Park give an interview to explain the order?", "anything about \u201Cinterview\u201D")]
    [InlineData("did Park testify about the pause?", "anything about \u201Ctestify\u201D")]
    [InlineData("Is the Norway salmon deal tied to the tariff pause?", "don't mention a salmon deal")]
    [InlineData("was Carver's clash with Hale about the steel bill?", "don't mention a steel bill")]
    [InlineData("Which officials said it? I need names to call", "don't name the officials")]
    [InlineData("which officials said it? names pls", "don't name the officials")]
    [InlineData("which officials said this, can u name them", "don't name the officials")]
    [InlineData("what's the name of the official they quoted on the pause", "don't mention those names")]
    public void Ask_MatterTheArticlesNeverDiscuss_AbstainsNamingIt(string question, string missing)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains(missing, reply.Text);
    }

    [Theory]
    [InlineData("is the pause framed as economic or legal?", "whether it is legal")]
    [InlineData("Park's title as written in the article?", "what form the order took")]
    [InlineData("what does Hale think of it, and did Park weigh in?", "in response to Lena Park")]
    [InlineData("has Hale called for hearings on the pause?", "don't say Ruth Hale made it")]
    public void Ask_WordsThatOnlyLookLikeThoseMatters_DoNotTriggerThem(string question, string wrongNote)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.DoesNotContain(wrongNote, reply.Text);
    }

    [Theory]
    [InlineData("what's Park's own explanation for the pause, in her words?")]
    [InlineData("give me the full text of the order")]
    public void Ask_SomeonesOwnWordsWhenTheArticlesOnlyParaphrase_AbstainsWithTheParaphrase(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.True(reply.Abstained);
        Assert.Contains("The articles don't quote", reply.Text);
        Assert.NotEmpty(reply.Citations);
    }

    [Theory]
    [InlineData("quote the line about the pause word for word")]
    [InlineData("in your own words, why was the pause ordered?")]
    public void Ask_TheArticlesOwnWordingOrTheBotsWords_IsAnswered(string question)
    {
        var reply = _engine.Ask(question, _knowledge);

        Assert.False(reply.Abstained);
    }
}
