namespace Bot.Answering.Tests;

public sealed class QuestionSplitterTests
{
    [Fact]
    public void Split_TwoWhQuestionsJoinedByAnd_ReturnsBoth()
    {
        var parts = QuestionSplitter.Split("who ordered it and who defended it?");

        Assert.Equal(["who ordered it", "who defended it?"], parts);
    }

    [Theory]
    [InlineData("Could you please tell me (a) who issued the directive, (b) what it aims at, and (c) whether its duration is known?")]
    [InlineData("For my notes: 1) who issued the directive 2) what it aims at 3) whether its duration is known")]
    public void Split_LetteredOrNumberedItems_ReturnsEachItemAsAQuestion(string message)
    {
        var parts = QuestionSplitter.Split(message);

        Assert.Equal(["who issued the directive?", "what it aims at?", "whether its duration is known?"], parts);
    }

    [Fact]
    public void Split_ParenthesisedLetterInsideAQuestion_IsNotAList()
    {
        Assert.Equal(["Did the pause (a) start before the meeting?"], QuestionSplitter.Split("Did the pause (a) start before the meeting?"));
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

    [Fact]
    public void Split_ListOfWhQuestionsAfterAColonPreamble_ReturnsEachQuestion()
    {
        var parts = QuestionSplitter.Split("For a policy memo: who gave the order, who defended it, and who attacked it?");

        Assert.Equal(["who gave the order", "who defended it", "who attacked it?"], parts);
    }

    [Fact]
    public void Split_RelativeClauseAfterAComma_IsNotSplit()
    {
        Assert.Single(QuestionSplitter.Split("Did Schumer, who leads the Democrats, criticize the move?"));
    }

    [Fact]
    public void Split_SecondPartOfferingAnAlternative_JoinsTheFirst()
    {
        Assert.Single(QuestionSplitter.Split("has the pentagon explained why? or is it secret"));
    }

    [Fact]
    public void Split_YesNoQuestionJoinedToAWhQuestion_ReturnsBoth()
    {
        var parts = QuestionSplitter.Split("who greenlit it and did the adviser defend it?");

        Assert.Equal(["who greenlit it", "did the adviser defend it?"], parts);
    }

    [Fact]
    public void Split_YesNoQuestionLeaningOnTheFirst_IsNotSplit()
    {
        Assert.Single(QuestionSplitter.Split("Who heads Cyber Command, and did that commander object?"));
    }

    [Fact]
    public void Split_ClosingRemarkAfterAQuestion_IsDropped()
    {
        Assert.Equal(["who ordered it?"], QuestionSplitter.Split("who ordered it? makes sense tbh"));
    }

    [Fact]
    public void Split_TrailingBareWhWordWithAnAdverb_AsksItOfTheQuestionBefore()
    {
        Assert.Equal(["who made the call", "when made the call?"], QuestionSplitter.Split("who made the call and when roughly"));
    }
}
