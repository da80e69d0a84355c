namespace Bot.Corpus.Tests;

public sealed class ParagraphReaderTests
{
    [Fact]
    public void Read_OneParagraphPerLine_EachLineIsAParagraph()
    {
        const string body = "Governor Jane Alvarez suspended the fuel tax on Monday.\nDrivers cheered the move, refiners did not.\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(
            ["Governor Jane Alvarez suspended the fuel tax on Monday.", "Drivers cheered the move, refiners did not."],
            paragraphs);
    }

    [Fact]
    public void Read_RepeatedParagraph_KeptOnce()
    {
        const string body = "Governor Jane Alvarez suspended the fuel tax.\n\nRefiners objected.\n\nGovernor Jane Alvarez suspended the fuel tax.\nRefiners objected.\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(["Governor Jane Alvarez suspended the fuel tax.", "Refiners objected."], paragraphs);
    }

    [Fact]
    public void Read_RepeatDifferingOnlyInTypographyAndSpacing_KeptOnce()
    {
        const string body = "Alvarez\u2019s aides called it \u201Ctemporary.\u201D\nAlvarez's  aides called it \"temporary.\"\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(["Alvarez\u2019s aides called it \u201Ctemporary.\u201D"], paragraphs);
    }

    [Fact]
    public void Read_LineEqualToSentenceCaseTitle_IsNotABodyParagraph()
    {
        // Not title case, so only the comparison with the title can recognise it.
        const string title = "Governor suspends the fuel tax for the summer";
        const string body = "Governor suspends the fuel tax for the summer\n\nGovernor Jane Alvarez suspended the fuel tax on Monday.\ngovernor suspends the fuel tax for  the summer\n";

        var paragraphs = ParagraphReader.Read(body, title);
        var blocks = ParagraphReader.ReadBlocks(body, title);

        Assert.Equal(["Governor Jane Alvarez suspended the fuel tax on Monday."], paragraphs);
        Assert.Equal(
            [("Governor suspends the fuel tax for the summer", true), ("Governor Jane Alvarez suspended the fuel tax on Monday.", false)],
            blocks);
    }

    [Fact]
    public void ReadBlocks_TitleCaseHeadlineRepeated_OneHeadingBlockInPlace()
    {
        const string title = "Governor Suspends Fuel Tax";
        const string body = "Governor Jane Alvarez suspended the fuel tax on Monday.\nGovernor Suspends Fuel Tax\n\nGovernor Suspends Fuel Tax\nRefiners objected.\n";

        var blocks = ParagraphReader.ReadBlocks(body, title);

        Assert.Equal(
            [
                ("Governor Jane Alvarez suspended the fuel tax on Monday.", false),
                ("Governor Suspends Fuel Tax", true),
                ("Refiners objected.", false),
            ],
            blocks);
    }

    [Fact]
    public void ReadBlocks_MarkdownHeading_HashesStrippedAndFlagged()
    {
        var blocks = ParagraphReader.ReadBlocks("## What comes next for drivers\n\nRefiners objected.\n", title: null);

        Assert.Equal([("What comes next for drivers", true), ("Refiners objected.", false)], blocks);
    }

    [Fact]
    public void Read_LineEqualToTitle_IsNotABodyParagraph()
    {
        const string title = "Governor Suspends Fuel Tax";
        const string body = "Governor Suspends Fuel Tax\n\nGovernor Jane Alvarez suspended the fuel tax on Monday.\nGovernor Suspends Fuel Tax\n";

        var paragraphs = ParagraphReader.Read(body, title);

        Assert.Equal(["Governor Jane Alvarez suspended the fuel tax on Monday."], paragraphs);
    }

    [Fact]
    public void Read_SameLineWithoutTitle_IsKept()
    {
        const string body = "Governor suspends the fuel tax for the summer\n\nGovernor Jane Alvarez suspended the fuel tax on Monday.\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void Read_HeadingLines_AreNotParagraphs()
    {
        const string body = "# Fuel Tax Suspended\n\nGovernor Jane Alvarez suspended the fuel tax.\n\nWhat Comes Next For Drivers\n\nRefiners objected.\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(["Governor Jane Alvarez suspended the fuel tax.", "Refiners objected."], paragraphs);
    }

    [Fact]
    public void Read_HardWrappedMarkdown_JoinsLinesOfAParagraph()
    {
        const string body =
            "Governor Jane Alvarez suspended the state fuel tax on\n" +
            "Monday, saying drivers needed relief before the\n" +
            "holiday travel season.\n" +
            "\n" +
            "Refiners said the pause would cost the state\n" +
            "about 40 million dollars a month.\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(
            [
                "Governor Jane Alvarez suspended the state fuel tax on Monday, saying drivers needed relief before the holiday travel season.",
                "Refiners said the pause would cost the state about 40 million dollars a month.",
            ],
            paragraphs);
    }

    [Fact]
    public void Read_HardWrappedLineOfProperNames_KeptInItsParagraph()
    {
        const string body =
            "Talks were held between Governor Jane Alvarez and\n" +
            "Transport Minister Ana Ruiz at the State\n" +
            "Capitol on Friday.\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(
            ["Talks were held between Governor Jane Alvarez and Transport Minister Ana Ruiz at the State Capitol on Friday."],
            paragraphs);
    }

    [Fact]
    public void Read_CrlfLineEndings_SameParagraphs()
    {
        const string body = "Governor Jane Alvarez suspended the state fuel tax on\r\nMonday.\r\n\r\nRefiners objected.\r\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(["Governor Jane Alvarez suspended the state fuel tax on Monday.", "Refiners objected."], paragraphs);
    }

    [Fact]
    public void Read_QuoteAndListMarkers_Stripped()
    {
        const string body = "> Drivers need relief now, the governor said.\n\n- Refiners objected to the plan.\n";

        var paragraphs = ParagraphReader.Read(body, title: null);

        Assert.Equal(["Drivers need relief now, the governor said.", "Refiners objected to the plan."], paragraphs);
    }

    [Fact]
    public void Read_BlankBody_ReturnsNoParagraphs()
    {
        Assert.Empty(ParagraphReader.Read("\n  \n\t\n", title: null));
    }
}
