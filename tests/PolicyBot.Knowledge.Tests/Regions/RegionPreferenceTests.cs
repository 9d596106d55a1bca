using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Knowledge.Tests.Regions;

public sealed class RegionPreferenceTests(KnowledgeFixture kb) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void AShortNameTwoPlacesShare_MeansTheOneTheDocumentsCover()
    {
        // 华容 is 鄂州's 华容区 and 岳阳's 华容县; the knowledge base covers 鄂州.
        var raw = RegionTable.Load(Path.Combine(kb.Root, "regions"));
        Assert.Null(raw.Resolve("华容"));
        Assert.Equal("鄂州市", kb.Knowledge.Regions.Resolve("华容")?.City);
    }

    [Fact]
    public void AShortNameNoCoveredPlaceHas_StaysAmbiguous()
    {
        var raw = RegionTable.Load(Path.Combine(kb.Root, "regions"));
        var ambiguous = raw.Places.Where(p => p.Level == PlaceLevel.County).GroupBy(p => p.County![..2]).First(g => g.Count() > 1 && raw.Resolve(g.Key) is null);
        Assert.Null(raw.Preferring(_ => false).Resolve(ambiguous.Key));
    }
}
