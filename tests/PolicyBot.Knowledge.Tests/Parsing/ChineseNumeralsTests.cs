using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("45", 45)]
    [InlineData("1.2", 1.2)]
    [InlineData("四十", 40)]
    [InlineData("十五", 15)]
    [InlineData("两千五百", 2500)]
    [InlineData("三万", 30000)]
    [InlineData("一百零八", 108)]
    [InlineData("一点五", 1.5)]
    [InlineData("三点零五", 3.05)]
    [InlineData("百", 100)]
    [InlineData("一亿二千万", 120000000)]
    public void TryParse_FiguresAsPeopleTypeThem(string text, double expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("点五")]
    [InlineData("三点")]
    [InlineData("三点万")]
    [InlineData("abc")]
    [InlineData(".5")]
    public void TryParse_NotANumber_IsFalse(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));

    [Theory]
    [InlineData("二十五", 25)]
    [InlineData("十三", 13)]
    [InlineData("58", 58)]
    [InlineData("七十一", 71)]
    public void Parse_ClauseNumbers(string text, int expected) => Assert.Equal(expected, ChineseNumerals.Parse(text));

    [Fact]
    public void Parse_ADecimalIsNotAClauseNumber() => Assert.Null(ChineseNumerals.Parse("一点五"));

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(25)]
    [InlineData(108)]
    [InlineData(999)]
    public void Format_ThenParse_RoundTrips(int n) => Assert.Equal(n, ChineseNumerals.Parse(ChineseNumerals.Format(n)));
}
