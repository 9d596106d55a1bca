using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class DocumentParserTests(KnowledgeFixture kb) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("zhanjiang", 35, 87)]
    [InlineData("huizhou", 31, 0)]
    [InlineData("ezhou", 46, 0)]
    [InlineData("xinzhou", 71, 0)]
    [InlineData("guangdong", 32, 0)]
    public void Parse_SeedDocument_FindsEveryMeasureAndTableItem(string file, int clauses, int tableItems)
    {
        var doc = kb.Doc(file);
        Assert.Equal(clauses, doc.Clauses.Count);
        Assert.Equal(Enumerable.Range(1, clauses), doc.Clauses.Select(c => c.Ordinal));
        Assert.Equal(tableItems, doc.Clauses.Sum(c => c.TaskItems.Count));
    }

    [Theory]
    [InlineData("zhanjiang", "湛江市促进工业经济平稳增长若干措施", "湛府办函〔2022〕44号", "湛江市人民政府办公室", "2022-05-30", "湛江市")]
    [InlineData("huizhou", "惠州市发展壮大一般贸易五年行动计划（2017-2021年）", "惠府函〔2017〕492号", "惠州市人民政府", "2017-10-23", "惠州市")]
    [InlineData("ezhou", "关于更好服务市场主体推动经济稳健发展政策措施", null, "鄂州市人民政府办公室", "2023-06-28", "鄂州市")]
    [InlineData("xinzhou", "忻州市促进工业经济平稳增长行动方案", "忻政办发〔2022〕34号", "忻州市人民政府办公室", "2022-05-28", "忻州市")]
    [InlineData("guangdong", "广东省促进工业经济平稳增长行动方案", "粤办函〔2022〕41号", "广东省人民政府办公厅", "2022-03-24", null)]
    public void Parse_SeedDocument_ReadsMetadataFromTheText(string file, string title, string? number, string issuer, string date, string? city)
    {
        var doc = kb.Doc(file);
        Assert.Equal(title, doc.Title);
        Assert.Equal(number, doc.Number);
        Assert.Equal(issuer, doc.Issuer);
        Assert.Equal(DateOnly.Parse(date), doc.Date);
        Assert.Equal(city, doc.Jurisdiction.City);
    }

    [Fact]
    public void Parse_Zhanjiang_ClauseKeepsLabelHeadingDepartmentsAndPeriod()
    {
        var c = kb.Doc("zhanjiang").Clauses.Single(x => x.Ordinal == 2);
        Assert.Equal("（二）", c.Label);
        Assert.Equal("第（二）条", c.CitationLabel);
        Assert.Equal("扩大“六税两费”减征范围", c.Heading);
        Assert.Equal("落实税费优惠政策", c.Section);
        Assert.Equal(["市税务局"], c.Departments.Lead);
        Assert.Contains("各县（市、区）政府（管委会）", c.Departments.Supporting);
        Assert.Equal(new DateOnly(2022, 1, 1), c.Period.From);
        Assert.Equal(new DateOnly(2024, 12, 31), c.Period.To);
        Assert.DoesNotContain("[", c.Text);
    }

    [Fact]
    public void Parse_ZhanjiangTaskTable_AttachesRowsToTheirMeasure()
    {
        var doc = kb.Doc("zhanjiang");
        var rent = doc.Clauses.Single(x => x.Ordinal == 7);
        Assert.Equal([7, 8, 9], rent.TaskItems.Select(t => t.Ordinal));
        Assert.Contains("考核中根据实际情况予以认", rent.TaskItems[2].Text);
        Assert.Equal("市国资委", rent.TaskItems[2].Departments.Lead.Single());
        Assert.Equal(87, doc.Clauses.SelectMany(c => c.TaskItems).Select(t => t.Ordinal).Distinct().Count());
    }

    [Fact]
    public void Parse_TaskTableRow_LabelIsTheRowMarkAloneAndTheTextFollowsIt()
    {
        var row = kb.Doc("zhanjiang").Clauses.Single(x => x.Ordinal == 13).TaskItems[0];

        Assert.Equal("(19)", row.Label);
        Assert.StartsWith("引导金融机构用好用足专项再贷款", row.Text);
    }

    [Fact]
    public void Parse_Huizhou_NestsItemsUnderSectionAndAction()
    {
        var c = kb.Doc("huizhou").Clauses.Single(x => x.Ordinal == 8);
        Assert.Equal(["二、", "（三）", "8."], c.Path);
        Assert.Equal("产业竞争力提升行动", c.Section);
        Assert.Equal("第8项", c.CitationLabel);
        Assert.Equal(["市商务局"], c.Departments.Lead);
        Assert.Contains("大亚湾开发区", string.Join("、", c.Departments.Supporting));
        Assert.Equal(new DateOnly(2021, 12, 31), c.Period.To);
    }

    [Fact]
    public void Parse_Ezhou_ClausesRunToTheDocumentEndDateUnlessTheySayOtherwise()
    {
        var doc = kb.Doc("ezhou");
        Assert.Equal(new DateOnly(2023, 12, 31), doc.Period.To);
        Assert.Equal(new DateOnly(2023, 12, 31), doc.Clauses.Single(c => c.Ordinal == 25).Period.To);
        Assert.Equal(new DateOnly(2024, 3, 31), doc.Clauses.Single(c => c.Ordinal == 14).Period.To);
        Assert.DoesNotContain("以上政策自公布之日起实施", doc.Clauses[^1].Text);
    }

    [Fact]
    public void Parse_Xinzhou_ItemFollowedByAYearIsStillAnItem()
    {
        var c = kb.Doc("xinzhou").Clauses.Single(x => x.Ordinal == 5);
        Assert.Equal("5.", c.Label);
        Assert.StartsWith("2022年至2024年扩大", c.Text);
        Assert.Equal(new DateOnly(2024, 12, 31), c.Period.To);
        Assert.Equal("44、", kb.Doc("xinzhou").Clauses.Single(x => x.Ordinal == 44).Label);
    }

    [Fact]
    public void Parse_Guangdong_RepairsPdfGlyphsAndFullWidthDigits()
    {
        var c = kb.Doc("guangdong").Clauses.Single(x => x.Ordinal == 4);
        Assert.Contains("全省参保单位统一阶段性下调缴费费率20%。", c.Text);
        Assert.Equal(["省人力资源社会保障厅"], c.Departments.Lead);
    }

    [Fact]
    public void Parse_EveryClause_IsFreeOfFurnitureAndArtefacts()
    {
        string[] banned = ["ꎬ", "ꎮ", "ꎻ", "抄送", "公开方式", "http", "附錄", "印发", "２", "Ｇ", "\t", "<p>"];
        foreach (var c in kb.Knowledge.Documents.SelectMany(d => d.Clauses))
        {
            foreach (var b in banned) Assert.False(c.Text.Contains(b), $"{c.Id} contains {b}: {c.Text}");
        }
    }

    [Fact]
    public void Parse_TextWithoutNumbering_IsIndexedAsPassagesWithAWarning()
    {
        var parser = new PolicyBot.Knowledge.Parsing.DocumentParser(global::PolicyBot.Knowledge.Text.TextRules.None, kb.Knowledge.Regions, kb.Knowledge.Topics);
        var doc = parser.Parse("notice.txt", "湛江市人民政府办公室\n2024年1月2日\n各企业要按时报送统计数据，做好安全生产工作，落实各项要求。\n对按时报送的企业，由市统计局给予表扬，并在全市通报。\n");
        Assert.All(doc.Clauses, c => Assert.Equal(ClauseKind.Passage, c.Kind));
        Assert.Equal(2, doc.Clauses.Count);
        Assert.Contains(doc.Warnings, w => w.Contains("passages"));
        Assert.Equal("湛江市", doc.Jurisdiction.City);
    }

    [Fact]
    public void Parse_NumberingThatRestartsUnderEachSection_KeepsEveryClauseWithAUniqueId()
    {
        var parser = new PolicyBot.Knowledge.Parsing.DocumentParser(global::PolicyBot.Knowledge.Text.TextRules.None, kb.Knowledge.Regions, kb.Knowledge.Topics);
        var text = "忻州市人民政府办公室\n2024年1月2日\n一、税费\n1．减免房产税。（责任单位：市税务局）\n2．缓缴社保。（责任单位：市人社局）\n二、金融\n1．贷款贴息。（责任单位：市财政局）\n2．融资担保。（责任单位：市金融办）\n";
        var doc = parser.Parse("restart.txt", text);
        Assert.Equal([1, 2, 1, 2], doc.Clauses.Select(c => c.Ordinal));
        Assert.Equal(4, doc.Clauses.Select(c => c.Id).Distinct().Count());
        Assert.Equal(["二、", "1."], doc.Clauses[2].Path);
        Assert.Equal("市财政局", doc.Clauses[2].Departments.Lead.Single());
    }
}
