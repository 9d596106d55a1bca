using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Knowledge.Tests.Regions;

public sealed class RegionTableTests(KnowledgeFixture kb) : IClassFixture<KnowledgeFixture>
{
    private RegionTable Regions => kb.Knowledge.Regions;

    [Theory]
    [InlineData("我是廉江一家做水产加工的小厂", "湛江市", "廉江市")]
    [InlineData("鄂州新建工厂固定资产投资3亿元", "鄂州市", null)]
    [InlineData("广东汽车以旧换新和放宽上牌指标", null, null)]
    [InlineData("合作社在鄂州网上直播卖菜有补贴吗", "鄂州市", null)]
    [InlineData("深圳的企业房租能减免吗", "深圳市", null)]
    [InlineData("湛江市霞山区的工厂", "湛江市", "霞山区")]
    public void FindIn_FreeText_FindsThePlaceMeantAndNoWordThatLooksLikeOne(string text, string? city, string? county)
    {
        var place = Regions.FindIn(text);
        Assert.NotNull(place);
        Assert.Equal(city, place.City);
        Assert.Equal(county, place.County);
    }

    [Fact]
    public void Resolve_ShortAndFullNames_GiveTheSamePlace()
    {
        Assert.Equal(Regions.Resolve("忻州市"), Regions.Resolve("忻州"));
        Assert.Equal("山西省", Regions.Resolve("原平")!.Province);
        Assert.Equal(PlaceLevel.Province, Regions.Resolve("广东")!.Level);
        Assert.Null(Regions.Resolve("平安"));
    }
}
