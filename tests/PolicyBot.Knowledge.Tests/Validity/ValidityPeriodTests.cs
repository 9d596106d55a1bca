using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Validity;

public sealed class ValidityPeriodTests
{
    private static readonly ValidityPeriod Period2022To2024 = new(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31), PeriodSource.Clause);

    [Theory]
    [InlineData("2021-12-31", ValidityStatus.NotYet)]
    [InlineData("2022-01-01", ValidityStatus.InForce)]
    [InlineData("2024-12-31", ValidityStatus.InForce)]
    [InlineData("2025-01-01", ValidityStatus.Expired)]
    public void StatusOn_FixedDates_FollowsTheStatedPeriod(string day, ValidityStatus expected) =>
        Assert.Equal(expected, Period2022To2024.StatusOn(DateOnly.Parse(day)));

    [Fact]
    public void StatusOn_StartWithoutEnd_IsUnknownNotInForce()
    {
        var open = new ValidityPeriod(new DateOnly(2022, 4, 1), null, PeriodSource.Clause);
        Assert.Equal(ValidityStatus.Unknown, open.StatusOn(new DateOnly(2026, 11, 23)));
        Assert.Equal(ValidityStatus.NotYet, open.StatusOn(new DateOnly(2022, 3, 1)));
    }

    [Theory]
    [InlineData("自2022年1月1日至2024年12月31日，对小型微利企业", "2022-01-01", "2024-12-31")]
    [InlineData("从2022年起到2023年6月底，人民银行", "2022-01-01", "2023-06-30")]
    [InlineData("至2022年底，对在湛江设立的新项目", null, "2022-12-31")]
    [InlineData("2022年，对缴纳房产税确有困难的", "2022-01-01", "2022-12-31")]
    [InlineData("2022年4月1日起，将先进制造业", "2022-04-01", null)]
    public void Stated_CommonDatePhrases_AreRead(string text, string? from, string? to)
    {
        var p = PeriodReader.Stated(text, null).Single();
        Assert.Equal(from is null ? null : DateOnly.Parse(from), p.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to), p.To);
    }
}
