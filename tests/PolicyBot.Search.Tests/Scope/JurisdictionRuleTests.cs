using PolicyBot.Knowledge.Profiles;
using PolicyBot.Search.Scope;

namespace PolicyBot.Search.Tests.Scope;

public sealed class JurisdictionRuleTests(KnowledgeOnlyFixture f) : IClassFixture<KnowledgeOnlyFixture>
{
    private JurisdictionRule Rule => new(f.Knowledge.Regions, f.Knowledge.Documents);

    private static string[] Regions(Coverage c) => c.Documents.Select(d => d.Jurisdiction.Name).Order().ToArray();

    [Fact]
    public void ACity_GetsItsOwnDocumentAndItsProvinces() =>
        Assert.Equal(["广东省", "湛江市"], Regions(Rule.For(new CompanyProfile("湛江"), "")));

    [Fact]
    public void ACounty_CountsAsItsCity() =>
        Assert.Equal(["广东省", "湛江市"], Regions(Rule.For(new CompanyProfile("廉江"), "")));

    [Fact]
    public void ACityWithoutItsOwnDocument_GetsOnlyTheProvince()
    {
        var c = Rule.For(new CompanyProfile("深圳"), "");
        Assert.Equal(["广东省"], Regions(c));
        Assert.True(c.ProvinceOnly);
    }

    [Fact]
    public void APlaceNoDocumentCovers_GetsNothing()
    {
        var c = Rule.For(new CompanyProfile("武汉"), "");
        Assert.True(c.NothingApplies);
        Assert.False(c.ProvinceOnly);
    }

    [Fact]
    public void AnUnknownPlace_GetsNothingAndKeepsTheName() =>
        Assert.Equal("火星", Rule.For(new CompanyProfile("火星"), "").Place);

    [Fact]
    public void TheProfilesCity_WinsOverAPlaceInTheQuestion() =>
        Assert.Equal(["广东省", "湛江市"], Regions(Rule.For(new CompanyProfile("湛江"), "鄂州的房租减免")));

    [Fact]
    public void WithoutAProfile_APlaceInTheQuestionCounts() =>
        Assert.Equal(["鄂州市"], Regions(Rule.For(null, "鄂州的房租减免")));

    [Fact]
    public void NoPlaceAtAll_IsEveryDocument() =>
        Assert.Equal(f.Knowledge.Documents.Count, Rule.For(null, "房租减免").Documents.Count);
}
