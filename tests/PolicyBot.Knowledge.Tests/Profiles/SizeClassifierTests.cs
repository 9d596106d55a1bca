using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Knowledge.Tests.Profiles;

public sealed class SizeClassifierTests
{
    private static readonly SizeStandards Standards = SizeStandards.Load(RepoPaths.Knowledge("size-standards.yaml"));
    private readonly SizeClassifier _classifier = new(Standards);

    [Fact]
    public void Classify_WorkedExampleFactory45People2000Wan_IsSmallAndSaysWhy()
    {
        var result = _classifier.Classify("industry", new CompanyFigures(People: 45, Revenue: 2000));

        Assert.Equal("小型", result.Class);
        Assert.False(result.Partial);
        Assert.Equal("工业企业，从业人员45人、营业收入2000万元：达到中型的营业收入标准但从业人员不足300人，故为小型", result.Explanation);
    }

    [Theory]
    [InlineData("industry", 1000, 40000, null, "大型")]
    [InlineData("industry", 999, 40000, null, "中型")]
    [InlineData("industry", 300, 2000, null, "中型")]
    [InlineData("industry", 20, 300, null, "小型")]
    [InlineData("industry", 19, 5000, null, "微型")]
    [InlineData("industry", 500, 299, null, "微型")]
    [InlineData("retail", 10, 100, null, "小型")]
    [InlineData("retail", 60, 600, null, "中型")]
    [InlineData("wholesale", 4, 2000, null, "微型")]
    [InlineData("construction", null, 6000, 5000.0, "中型")]
    [InlineData("construction", null, 6000, 4999.0, "小型")]
    [InlineData("agriculture", null, 49, null, "微型")]
    [InlineData("agriculture", null, 20000, null, "大型")]
    [InlineData("real_estate", null, 200000, 10000.0, "大型")]
    [InlineData("other", 100, null, null, "中型")]
    public void Classify_BoundsAreInclusiveAndEveryIndicatorMustBeReached(string row, int? people, int? revenue, double? assets, string expected)
    {
        var figures = new CompanyFigures(people, revenue, assets is null ? null : (decimal)assets.Value);

        Assert.Equal(expected, _classifier.Classify(row, figures).Class);
    }

    [Fact]
    public void Classify_OnlyHeadcountKnown_ClassifiesOnItAndSaysRevenueUnknown()
    {
        var result = _classifier.Classify("industry", new CompanyFigures(People: 40, Approximate: true));

        Assert.Equal("小型", result.Class);
        Assert.True(result.Partial);
        Assert.Contains("从业人员约40人", result.Explanation);
        Assert.Contains("营业收入未知", result.Explanation);
    }

    [Fact]
    public void Classify_NoRelevantFigure_ReturnsNoClassAndNamesWhatIsNeeded()
    {
        var result = _classifier.Classify("agriculture", new CompanyFigures(People: 12));

        Assert.Null(result.Class);
        Assert.Contains("营业收入", result.Explanation);
    }

    [Fact]
    public void Classify_Micro_ExplainsTheShortfallAgainstSmall()
    {
        var result = _classifier.Classify("retail", new CompanyFigures(People: 3, Revenue: 50));

        Assert.Equal("微型", result.Class);
        Assert.Contains("从业人员不足10人", result.Explanation);
        Assert.Contains("未达到小型标准", result.Explanation);
    }

    [Fact]
    public void Load_EveryRowHasOneBoundPerClassAndTheSourceIsCited()
    {
        Assert.Contains("工信部联企业〔2011〕300号", Standards.Source);
        Assert.Contains("国统字〔2017〕213号", Standards.Source);
        Assert.Equal(16, Standards.Rows.Count);
        Assert.All(Standards.Rows, r => Assert.All(r.Bounds, b => Assert.Equal(3, b.LowerBounds.Count)));
    }
}
