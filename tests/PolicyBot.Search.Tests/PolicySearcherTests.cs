using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Search.Tests;

public sealed class PolicySearcherTests(SearchFixture f) : IClassFixture<SearchFixture>
{
    private SearchResponse Ask(string q, CompanyProfile? profile = null) => f.Searcher.Search(new SearchRequest(q, profile));

    [Theory]
    [InlineData("湛江第十三条", "湛江", 13)]
    [InlineData("鄂州政策第二十五条讲的什么", "鄂州", 25)]
    [InlineData("忻政办发〔2022〕34号 第46条", "忻州", 46)]
    [InlineData("粤办函〔2022〕41号 第（五）条", "广东", 5)]
    [InlineData("惠州行动计划第12项", "惠州", 12)]
    public void Search_ClauseLookup_ReturnsExactlyThatClause(string q, string region, int ordinal)
    {
        var r = Ask(q);
        Assert.Equal(QueryKind.Lookup, r.Kind);
        Assert.True(r.Confident);
        var hit = Assert.Single(r.Hits);
        Assert.Contains(region, hit.Document.Jurisdiction.Name + hit.Document.Title);
        Assert.Equal(ordinal, hit.Clause.Ordinal);
    }

    [Fact]
    public void Search_LookupNamingAnotherCity_FindsThatClauseAndSaysItDoesNotApplyToTheAsker()
    {
        var r = Ask("鄂州第二十五条", new CompanyProfile("惠州", "制造业", "小型"));
        Assert.True(r.Confident);
        Assert.Equal(25, Assert.Single(r.Hits).Clause.Ordinal);
        Assert.Equal("鄂州市", r.Hits[0].Document.Jurisdiction.City);
        Assert.True(r.AppliesElsewhere);
    }

    [Fact]
    public void Search_LookupWithoutAPlace_UsesTheAskersCity()
    {
        var r = Ask("第二十五条", new CompanyProfile("鄂州"));
        Assert.Equal("鄂州市", Assert.Single(r.Hits).Document.Jurisdiction.City);
        Assert.False(r.AppliesElsewhere);
    }

    [Fact]
    public void Search_LookupOfAClauseThatDoesNotExist_SaysHowManyThereAre()
    {
        var r = Ask("鄂州第九十九条");
        Assert.False(r.Confident);
        Assert.Empty(r.Hits);
        Assert.Equal(SearchOutcome.NoSuchClause, r.Outcome);
        Assert.Equal(46, r.Document!.Clauses.Count);
        Assert.Equal(99, r.RequestedOrdinal);
    }

    [Fact]
    public void Search_CompanyInACityWithoutItsOwnDocument_GetsOnlyProvincialMeasures()
    {
        var r = Ask("房租能减免吗", new CompanyProfile(City: "深圳"));
        Assert.NotEmpty(r.Hits);
        Assert.All(r.Hits, h => Assert.True(h.Document.Jurisdiction.IsProvincial));
        Assert.True(r.Coverage.ProvinceOnly);
        Assert.Equal("深圳市", r.Coverage.City);
    }

    [Fact]
    public void Search_CompanyOutsideEveryDocument_GetsNothingAndIsToldSo()
    {
        var r = Ask("稳岗补贴", new CompanyProfile(City: "武汉"));
        Assert.Empty(r.Hits);
        Assert.False(r.Confident);
        Assert.Equal(SearchOutcome.PlaceNotCovered, r.Outcome);
        Assert.Contains("武汉", r.Coverage.Place);
    }

    [Fact]
    public void Search_CountyCountsAsItsCity()
    {
        var r = Ask("房租减免", new CompanyProfile(City: "廉江"));
        Assert.All(r.Hits, h => Assert.True(h.Document.Jurisdiction.City == "湛江市" || h.Document.Jurisdiction.Province == "广东省" && h.Document.Jurisdiction.IsProvincial));
        Assert.Equal("湛江市", r.Hits[0].Document.Jurisdiction.City);
    }

    [Fact]
    public void Search_CityNamedInTheQuestion_CountsWhenTheProfileNamesNone()
    {
        var r = Ask("鄂州有什么补贴");
        Assert.NotEmpty(r.Hits);
        Assert.All(r.Hits, h => Assert.Equal("鄂州市", h.Document.Jurisdiction.City));
    }

    [Fact]
    public void Search_ProfileCityWinsOverOtherDocuments()
    {
        var r = Ask("房租能不能少交点", new CompanyProfile("湛江", "制造业", "小型"));
        Assert.DoesNotContain(r.Hits, h => h.Document.Jurisdiction.City is "鄂州市" or "忻州市" or "惠州市");
    }

    [Theory]
    [InlineData("明天天气怎么样")]
    [InlineData("个人所得税专项附加扣除子女教育怎么填")]
    [InlineData("离婚财产怎么分")]
    [InlineData("驾照怎么考")]
    [InlineData("买房有补贴吗")]
    [InlineData("孩子上学补贴")]
    public void Search_QuestionTheDocumentsDoNotAnswer_IsNotConfident(string q) => Assert.False(Ask(q).Confident);

    [Theory]
    [InlineData("湛江工伤保险费率下调多少", 8)]
    [InlineData("鄂州首贷户贴息政策", 35)]
    [InlineData("湛江5G基站建设", 20)]
    [InlineData("鄂州创业担保贷款额度", 28)]
    public void Search_PlainQuestion_FindsTheClauseConfidently(string q, int ordinal)
    {
        var r = Ask(q);
        Assert.True(r.Confident);
        Assert.Equal(ordinal, r.Hits[0].Clause.Ordinal);
    }

    [Fact]
    public void MeasuresFor_SizeSteersOrder_SmallFirmMeasuresFirstForMicroLastForLarge()
    {
        static bool ForSmallFirms(SearchHit h) => h.Clause.Text.Contains("小微") || h.Clause.Text.Contains("小型微利") || h.Clause.Text.Contains("个体工商户");
        var day = new DateOnly(2022, 6, 1);
        var micro = f.Searcher.MeasuresFor(new CompanyProfile("湛江", null, "微型"), day).Measures.Where(h => h.Status == ValidityStatus.InForce).ToList();
        var large = f.Searcher.MeasuresFor(new CompanyProfile("湛江", null, "大型"), day).Measures.Where(h => h.Status == ValidityStatus.InForce).ToList();
        Assert.True(ForSmallFirms(micro[0]));
        Assert.False(ForSmallFirms(large[0]));
        Assert.True(micro.FindIndex(h => !ForSmallFirms(h)) > large.FindIndex(h => !ForSmallFirms(h)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Search_EmptyQuestion_IsRefusedWithAnExplanation(string q)
    {
        var r = Ask(q);
        Assert.Equal(QueryKind.Invalid, r.Kind);
        Assert.Empty(r.Hits);
        Assert.Equal(SearchOutcome.Empty, r.Outcome);
    }

    [Fact]
    public void Search_HugeQuestion_IsRefusedClearly()
    {
        var r = Ask(new string('税', 20_000));
        Assert.Equal(QueryKind.Invalid, r.Kind);
        Assert.Equal(SearchOutcome.TooLong, r.Outcome);
        Assert.Equal(20000, r.Length);
        Assert.Equal(f.Searcher.MaxQuestionLength, r.Limit);
    }

    [Fact]
    public void Search_StatusIsComputedForTheAskedDay()
    {
        var before = f.Searcher.Search(new SearchRequest("鄂州第二十五条", AsOf: new DateOnly(2023, 7, 1))).Hits[0];
        var after = f.Searcher.Search(new SearchRequest("鄂州第二十五条")).Hits[0];
        Assert.Equal(ValidityStatus.InForce, before.Status);
        Assert.Equal(ValidityStatus.Expired, after.Status);
    }

    [Fact]
    public void MeasuresFor_ListsCurrentBeforeExpiredAndOnlyWhatApplies()
    {
        var listing = f.Searcher.MeasuresFor(new CompanyProfile("鄂州", "制造业", "小型"), new DateOnly(2023, 7, 1));
        Assert.Equal(46, listing.Measures.Count);
        Assert.All(listing.Measures, m => Assert.Equal("鄂州市", m.Document.Jurisdiction.City));
        var statuses = listing.Measures.Select(m => m.Status == ValidityStatus.Expired).ToList();
        Assert.Equal(statuses.OrderBy(s => s), statuses);
    }

    [Fact]
    public void Find_ByTitleWordsAndChineseNumber_ReturnsTheClause()
    {
        var hit = f.Searcher.Find("一般贸易行动计划", "十二", SearchFixture.Today);
        Assert.NotNull(hit);
        Assert.Equal(12, hit.Clause.Ordinal);
        Assert.Contains("惠州", hit.Document.Title);
    }

    private static readonly CompanyProfile ZhanjiangFactory = new("湛江", "制造业", "小型");

    [Theory]
    [InlineData("贷款利息能不能少点", "湛江市", 13)]
    [InlineData("出口信保", "湛江市", 12)]
    [InlineData("房租能不能少交点", "湛江市", 7)]
    public void Search_OwnersEverydayWords_FindTheClauseConfidently(string q, string city, int ordinal)
    {
        var r = Ask(q, ZhanjiangFactory);
        Assert.Equal(SearchOutcome.Answered, r.Outcome);
        Assert.Equal(city, r.Hits[0].Document.Jurisdiction.City);
        Assert.Equal(ordinal, r.Hits[0].Clause.Ordinal);
        Assert.NotNull(r.Confidence);
    }

    [Theory]
    [InlineData("公司注册需要什么材料", "企业登记注册和注销")]
    [InlineData("个人所得税怎么交", "个人所得税")]
    [InlineData("社保从湛江转到广州怎么办", "个人社保关系和待遇")]
    public void Search_ASubjectOutsideThePolicies_SaysSoWithWhomToAsk(string q, string subject)
    {
        var r = Ask(q, ZhanjiangFactory);
        Assert.Equal(SearchOutcome.OutsideScope, r.Outcome);
        Assert.False(r.Confident);
        Assert.Equal(subject, r.OutsideSubject);
        Assert.False(string.IsNullOrWhiteSpace(r.Referral));
    }

    [Theory]
    [InlineData("鄂州稳岗留工补助申请截止到哪天", "deadline")]
    [InlineData("鄂州惠企政策咨询热线电话号码是多少", "contact")]
    [InlineData("2026年湛江还有留抵退税吗", "year")]
    public void Search_ADetailNoClauseStates_IsNeverAConfidentAnswer(string q, string detail)
    {
        var r = Ask(q);
        Assert.False(r.Confident);
        Assert.Equal(detail, r.MissingDetail);
    }

    [Fact]
    public void Search_UncertainOutcome_KeepsItsCandidatesInTheHits()
    {
        // "您是不是想问": not confident, and the candidates are there to offer.
        var r = Ask("找银行借钱有啥门路");
        Assert.False(r.Confident);
        Assert.Equal(SearchOutcome.Uncertain, r.Outcome);
        Assert.InRange(r.Hits.Count, 2, 5);
    }

    [Fact]
    public void Search_ConfidenceIsAProbability_AndHigherForTheRightClause()
    {
        var clear = Ask("湛江工伤保险费率下调多少").Confidence!;
        var vague = Ask("有什么支持").Confidence!;
        Assert.InRange(clear.Probability, 0, 1);
        Assert.True(clear.Probability > vague.Probability);
    }

    [Theory]
    [InlineData("粤办函41号第二十条", "广东省", 20)]
    [InlineData("湛府办函44号第十二项", "湛江市", 12)]
    [InlineData("忻州那个文件第58条", "忻州市", 58)]
    [InlineData("鄂州政策第3条讲的什么", "鄂州市", 3)]
    [InlineData("惠州一般贸易行动计划 第20项", "惠州市", 20)]
    public void Search_LookupsInTheFormsCallersUse(string q, string region, int ordinal)
    {
        var r = Ask(q, ZhanjiangFactory);
        Assert.Equal(QueryKind.Lookup, r.Kind);
        var hit = Assert.Single(r.Hits);
        Assert.Equal(region, hit.Document.Jurisdiction.Name);
        Assert.Equal(ordinal, hit.Clause.Ordinal);
    }

    [Theory]
    [InlineData("有什么补贴")]
    [InlineData("有什么支持")]
    [InlineData("想借钱有啥政策")]
    public void Search_AGenericQuestion_IsOfferedCandidatesNotOneClause(string q)
    {
        var r = Ask(q, ZhanjiangFactory);
        Assert.False(r.Confident);
        Assert.True(r.Confidence!.Specificity < 0.6);
        Assert.NotEmpty(r.Hits);
    }
}
