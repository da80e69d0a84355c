using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static List<string> Lowers(string text) => Tokenizer.Tokenize(text).Select(t => t.Lower).ToList();

    [Theory]
    [InlineData("Alvarez's plan")]
    [InlineData("Alvarez\u2019s plan")]
    public void Tokenize_Possessive_DropsEnding(string text)
    {
        Assert.Equal(["alvarez", "plan"], Lowers(text));
    }

    [Theory]
    [InlineData("Trump's")]
    [InlineData("Trump\u2019s")]
    public void Tokenize_PossessiveOfTrump_YieldsTrump(string text)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));

        Assert.Equal("trump", token.Lower);
        Assert.Equal(text, token.Original);
    }

    [Fact]
    public void Tokenize_Contraction_KeepsNegationAsOneWord()
    {
        var lowers = Lowers("The minister didn't resign");

        Assert.Equal(["the", "minister", "didnt", "resign"], lowers);
        Assert.True(StopWords.IsNegation(lowers[2]));
    }

    [Theory]
    [InlineData("U.S. troops")]
    [InlineData("US troops")]
    public void Tokenize_CountryAbbreviation_YieldsUsa(string text)
    {
        Assert.Equal([Tokenizer.UnitedStates, "troops"], Lowers(text));
    }

    [Fact]
    public void Tokenize_TheUsLowercase_YieldsUsa()
    {
        Assert.Equal(["sanctions", "on", "the", Tokenizer.UnitedStates], Lowers("sanctions on the us"));
    }

    [Fact]
    public void Tokenize_PronounUs_StaysUs()
    {
        Assert.Equal(["tell", "us", "more"], Lowers("tell us more"));
    }

    [Fact]
    public void Tokenize_UsaConstant_IsUsa()
    {
        Assert.Equal("usa", Tokenizer.UnitedStates);
    }

    [Fact]
    public void Tokenize_HyphenatedWord_SplitsIntoParts()
    {
        Assert.Equal(["a", "cyber", "offensive", "halt"], Lowers("a cyber-offensive halt"));
    }

    [Fact]
    public void Tokenize_NumbersWithSeparators_StayOneToken()
    {
        var tokens = Tokenizer.Tokenize("It cost 1,200 dollars, up 3.5 percent.");

        Assert.Contains(tokens, t => t.Original == "1,200" && t.IsNumber);
        Assert.Contains(tokens, t => t.Original == "3.5" && t.IsNumber);
    }

    [Fact]
    public void Tokenize_AnyText_OffsetsPointAtOriginalText()
    {
        const string text = "  \u201CU.S. officials\u201D said Ruiz\u2019s rail-freight plan, worth 1,200 euros, didn't pass.";

        var tokens = Tokenizer.Tokenize(text);

        Assert.NotEmpty(tokens);
        foreach (var token in tokens)
        {
            Assert.Equal(token.Original, text.Substring(token.Start, token.Length));
        }

        Assert.Equal(
            ["U.S", "officials", "said", "Ruiz\u2019s", "rail", "freight", "plan", "worth", "1,200", "euros", "didn't", "pass"],
            tokens.Select(t => t.Original));
    }

    [Fact]
    public void Tokenize_CapitalizedWord_ReportsCapitalized()
    {
        var tokens = Tokenizer.Tokenize("Becker spoke");

        Assert.True(tokens[0].IsCapitalized);
        Assert.False(tokens[1].IsCapitalized);
    }

    [Fact]
    public void Tokenize_OnlyPunctuation_ReturnsNoTokens()
    {
        Assert.Empty(Tokenizer.Tokenize(" -- ... !? "));
    }
}
