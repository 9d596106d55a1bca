using PolicyBot.Knowledge.Lexicon;

namespace PolicyBot.Knowledge.Tests.Lexicon;

public sealed class QuestionFacetsTests(KnowledgeFixture kb) : IClassFixture<KnowledgeFixture>
{
    private QuestionFacets Facets => QuestionFacets.Load(Path.Combine(kb.Root, "lexicon", "facets.yaml"));

    private static readonly HashSet<int> Years2022To2024 = [2022, 2023, 2024];

    [Theory]
    [InlineData("稳岗补助申请截止到哪天", "对一季度末稳岗留工的企业给予补助", "deadline")]
    [InlineData("惠企政策咨询电话号码是多少", "开通政策咨询热线，及时解答企业诉求", "contact")]
    [InlineData("申请需要准备什么材料", "对符合条件的企业给予一次性奖励", "paperwork")]
    [InlineData("2025年还有留抵退税吗", "2022年4月1日起退还增量留抵税额", "year")]
    public void Missing_ADetailTheClauseDoesNotState(string question, string clause, string facet) =>
        Assert.Equal(facet, Facets.Missing(question, clause, Years2022To2024));

    [Theory]
    [InlineData("申报截止到什么时候", "请于2023年6月30日前提交申请")]
    [InlineData("咨询电话多少", "咨询电话：0719-3201234")]
    [InlineData("2023年房租能减免吗", "对承租国有房屋的服务业小微企业减免租金")]
    [InlineData("房租能减免吗", "对承租国有房屋的服务业小微企业减免租金")]
    public void Missing_NothingWhenTheClauseStatesItOrNothingIsAsked(string question, string clause) =>
        Assert.Null(Facets.Missing(question, clause, Years2022To2024));

    [Fact]
    public void Load_ABadPattern_IsAnErrorNamingTheFacet()
    {
        var file = Path.Combine(Path.GetTempPath(), $"facets-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "facets:\n  - name: broken\n    asks: [截止]\n    states: ['(unclosed']\n");
        var e = Assert.Throws<KnowledgeException>(() => QuestionFacets.Load(file));
        Assert.Contains("broken", e.Message);
    }
}
