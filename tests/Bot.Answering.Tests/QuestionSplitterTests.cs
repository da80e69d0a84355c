namespace Bot.Answering.Tests;

public sealed class QuestionSplitterTests
{
    [Fact]
    public void Split_TwoWhQuestionsJoinedByAnd_ReturnsBoth()
    {
        var parts = QuestionSplitter.Split("who ordered it and who defended it?");

        Assert.Equal(["who ordered it", "who defended it?"], parts);
    }

    [Fact]
    public void Split_TwoQuestionMarks_ReturnsBoth()
    {
        Assert.Equal(2, QuestionSplitter.Split("Who ordered the halt? And why?").Count);
    }

    [Fact]
    public void Split_SingleQuestionWithAnd_IsUnchanged()
    {
        Assert.Equal(["did Trump and Zelensky meet?"], QuestionSplitter.Split("did Trump and Zelensky meet?"));
    }
}
