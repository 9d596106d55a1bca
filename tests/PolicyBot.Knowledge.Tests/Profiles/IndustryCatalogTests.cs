using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Knowledge.Tests.Profiles;

public sealed class IndustryCatalogTests
{
    private static readonly IndustryCatalog Catalog = IndustryCatalog.Load(RepoPaths.Knowledge("industries.yaml"));
    private static readonly SizeStandards Standards = SizeStandards.Load(RepoPaths.Knowledge("size-standards.yaml"));

    [Theory]
    [InlineData("我是廉江一家做水产加工的小厂", "制造业")]
    [InlineData("我们搞水产养殖的", "农业")]
    [InlineData("做进出口的", "外贸")]
    [InlineData("开了家民宿", "住宿")]
    [InlineData("我们是旅行社", "文旅")]
    [InlineData("一个小物流公司", "交通物流")]
    [InlineData("在淘宝开网店", "电商")]
    [InlineData("软件开发公司", "软件和信息技术")]
    [InlineData("搞装修的", "建筑业")]
    [InlineData("开饭店", "餐饮")]
    public void FindIn_PicksTheLongestKeyword(string text, string expected)
    {
        Assert.Equal(expected, Catalog.FindIn(text)?.Name);
    }

    [Fact]
    public void FindIn_NoIndustryWord_ReturnsNull()
    {
        Assert.Null(Catalog.FindIn("房租能减免吗"));
    }

    [Fact]
    public void EveryIndustry_UsesAnExistingSizeStandardRowAndHasQueryTerms()
    {
        Assert.All(Catalog.Industries, i =>
        {
            Assert.NotNull(Standards.Row(i.SizeStandard));
            Assert.NotEmpty(i.QueryTerms);
            Assert.NotEmpty(i.Keywords);
        });
    }
}
