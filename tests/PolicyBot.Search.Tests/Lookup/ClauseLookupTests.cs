using PolicyBot.Knowledge.Profiles;
using PolicyBot.Search.Lookup;
using PolicyBot.Search.Scope;

namespace PolicyBot.Search.Tests.Lookup;

public sealed class ClauseLookupTests(KnowledgeOnlyFixture f) : IClassFixture<KnowledgeOnlyFixture>
{
    private ClauseLookup.Result? Resolve(string text, CompanyProfile? profile = null) =>
        new ClauseLookup(f.Knowledge.Regions, f.Knowledge.Documents).Resolve(text, new JurisdictionRule(f.Knowledge.Regions, f.Knowledge.Documents).For(profile, text));

    [Theory]
    [InlineData("粤办函41号第二十条", "广东省", 20)]
    [InlineData("粤办函〔2022〕41号 第（五）条", "广东省", 5)]
    [InlineData("湛府办函44号第十二项", "湛江市", 12)]
    [InlineData("忻州那个文件第58条", "忻州市", 58)]
    [InlineData("鄂州政策第3条讲的什么", "鄂州市", 3)]
    [InlineData("惠州一般贸易行动计划 第20项", "惠州市", 20)]
    [InlineData("鄂州第二十五条", "鄂州市", 25)]
    [InlineData("忻政办发〔2022〕34号 第46条", "忻州市", 46)]
    [InlineData("广东省工业经济行动方案第3条", "广东省", 3)]
    [InlineData("41号文第十条", "广东省", 10)]
    [InlineData("湛江44号文第13条", "湛江市", 13)]
    public void Resolve_TheFormsCallersUse_FindThatClause(string text, string region, int ordinal)
    {
        var r = Resolve(text);
        Assert.NotNull(r);
        Assert.Equal(region, r.Document?.Jurisdiction.Name);
        Assert.Equal(ordinal, r.Clause?.Ordinal);
    }

    [Fact]
    public void Resolve_ANumberAlone_MeansTheAskersCityDocument() =>
        Assert.Equal("鄂州市", Resolve("第二十五条", new CompanyProfile("鄂州"))?.Document?.Jurisdiction.Name);

    [Fact]
    public void Resolve_ANumberAloneWithoutAPlace_NamesNoDocument()
    {
        var r = Resolve("第二十五条");
        Assert.NotNull(r);
        Assert.Null(r.Document);
    }

    [Fact]
    public void Resolve_AClauseTheDocumentDoesNotHave_NamesTheDocumentButNoClause()
    {
        var r = Resolve("鄂州第九十九条");
        Assert.Equal("鄂州市", r?.Document?.Jurisdiction.Name);
        Assert.Null(r?.Clause);
    }

    [Fact]
    public void Resolve_AQuestion_IsNoLookup() => Assert.Null(Resolve("房租能减免吗"));
}
