using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Dialogs.Tests.Fakes;

/// <summary>A small knowledge base: a 广东省 document, city documents for 湛江, 惠州 and 鄂州.</summary>
internal static class TestDocuments
{
    private static readonly ValidityPeriod Ended2024 = new(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31), PeriodSource.Clause);
    private static readonly ValidityPeriod Ended2022 = new(new DateOnly(2022, 5, 30), new DateOnly(2022, 12, 31), PeriodSource.Document);
    private static readonly ValidityPeriod Until2027 = new(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), PeriodSource.Clause);

    public static readonly PolicyDocument Guangdong = Document("gd", "广东省促进工业经济平稳增长行动方案", "粤府办〔2022〕1号", new("广东省", null),
        Clause("gd-1", 1, "（一）", "减免房租", "对承租国有房屋的小微企业和个体工商户减免3个月租金。", "省国资委", ["房租减免"], Ended2022),
        Clause("gd-2", 2, "（二）", "稳岗返还", "对不裁员或少裁员的企业返还失业保险费。", "省人力资源社会保障厅", ["用工社保"], Until2027));

    public static readonly PolicyDocument Zhanjiang = Document("zj", "湛江市促进工业经济平稳增长若干措施", "湛府办函〔2022〕44号", new("广东省", "湛江市"),
        Clause("zj-1", 1, "（一）", "加大增值税期末留抵退税政策实施力度", "将留抵退税政策范围扩大至符合条件的小微企业。" + new string('细', 400) + "。", "市税务局", ["税费"], Ended2024),
        Clause("zj-2", 2, "（二）", "扩大“六税两费”减征范围", "对增值税小规模纳税人、小型微利企业和个体工商户减征六税两费。", "市税务局", ["税费"], Ended2024),
        Clause("zj-3", 3, "（三）", "贷款贴息", "对工业企业技术改造贷款给予贴息。", "市工业和信息化局", ["金融信贷"], Until2027),
        Clause("zj-4", 4, "（四）", null, "对新增规上工业企业给予一次性奖励10万元。", "市工业和信息化局", ["奖补"], Ended2024));

    public static readonly PolicyDocument Huizhou = Document("hz", "惠州市推动外贸高质量发展行动方案", "惠府〔2017〕9号", new("广东省", "惠州市"),
        Clause("hz-1", 1, "一、", "出口信用保险", "支持外贸企业投保出口信用保险。", "市商务局", ["外贸"], Until2027));

    public static readonly PolicyDocument Ezhou = Document("ez", "鄂州市支持市场主体纾困发展若干措施", "鄂州政办发〔2023〕5号", new("湖北省", "鄂州市"),
        Clause("ez-25", 25, "二十五、", "担保费补贴", "对融资担保机构为小微企业提供担保的给予补贴。", "市财政局", ["金融信贷"], Until2027));

    public static IReadOnlyList<PolicyDocument> All { get; } = [Guangdong, Zhanjiang, Huizhou, Ezhou];

    private static PolicyDocument Document(string id, string title, string number, Jurisdiction jurisdiction, params Clause[] clauses) =>
        new(id, id + ".txt", title, number, null, jurisdiction, new DateOnly(2022, 5, 30), ValidityPeriod.Unknown, clauses, [], id);

    private static Clause Clause(string id, int ordinal, string label, string? heading, string text, string lead, string[] topics, ValidityPeriod period) =>
        new(id, ordinal, label, [], null, heading, text, new Departments([lead], ["各县（市、区）政府"]), [period], period, [], topics);
}
