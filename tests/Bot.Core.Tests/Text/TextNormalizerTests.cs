using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Canonical_CurlyQuotes_FoldedToAscii()
    {
        Assert.Equal("\"Ruiz's plan,\" she said 'twice'", TextNormalizer.Canonical("\u201CRuiz\u2019s plan,\u201D she said \u2018twice\u2019"));
    }

    [Fact]
    public void Canonical_Dashes_FoldedToHyphen()
    {
        Assert.Equal("2019-2021 - a pause", TextNormalizer.Canonical("2019\u20132021 \u2014 a pause"));
    }

    [Fact]
    public void Canonical_WhiteSpaceRuns_CollapsedAndTrimmed()
    {
        Assert.Equal("fuel tax suspended", TextNormalizer.Canonical("  fuel \t\n tax\u00A0\u00A0suspended \r\n"));
    }

    [Fact]
    public void Canonical_KeepsCase()
    {
        Assert.Equal("Governor Jane Alvarez", TextNormalizer.Canonical("Governor Jane Alvarez"));
    }

    [Fact]
    public void Key_DifferentTypographyAndCase_SameKey()
    {
        Assert.Equal(
            TextNormalizer.Key("Becker\u2019s  \u201Crushed\u201D move"),
            TextNormalizer.Key("becker's \"RUSHED\" Move"));
    }

    [Fact]
    public void StripControl_ControlAndFormatChars_Removed()
    {
        Assert.Equal("halted ops", TextNormalizer.StripControl("hal\u0000ted\u0007 o\u200Bp\u001Bs"));
    }

    [Fact]
    public void StripControl_LineBreaksAndTabs_BecomeSpaces()
    {
        Assert.Equal("a b  c d", TextNormalizer.StripControl("a\nb\r\nc\td"));
    }

    [Fact]
    public void StripControl_OrdinaryText_Unchanged()
    {
        const string text = "Transport Minister Ana Ruiz \u2014 \u201Cno comment\u201D, caf\u00E9.";

        Assert.Equal(text, TextNormalizer.StripControl(text));
    }

    [Theory]
    [InlineData('\u2019', '\'')]
    [InlineData('\u201C', '"')]
    [InlineData('\u2014', '-')]
    [InlineData('\u00A0', ' ')]
    [InlineData('x', 'x')]
    public void Fold_TypographicChar_ReturnsAsciiCounterpart(char input, char expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(input));
    }
}
