namespace PolicyBot.Dialogs.Tests.Dialogs;

/// <summary>Turn-by-turn scenarios: utterances and the substrings the replies must (not) contain.</summary>
public static class ConversationScenarios
{
    private const string AskCity = "哪个城市或区县";
    private const string AskIndustry = "主要做哪一行";
    private const string AskSize = "企业规模大概是";

    public static TheoryData<string, Step[]> All => new()
    {
        {
            "full guided flow", [
                new(null, ["惠企政策助手", AskCity]),
                new("湛江", ["城市：湛江市", AskIndustry], [AskCity]),
                new("制造业", ["行业：制造业", AskSize]),
                new("小型", ["规模：小型", "适用的措施共 6 条", "湛江市促进工业经济平稳增长若干措施", "第（三）条：贷款贴息", "**金融信贷**", "已过期", "请注意", "2026年11月23日"]),
                new("贷款贴息怎么申请", ["第（三）条", "市工业和信息化局", "2025年1月1日至2027年12月31日", "（有效）"], ["没找到"]),
            ]
        },
        {
            "all in one utterance", [
                new("我是廉江一家做水产加工的小厂，40来个人", ["廉江市（湛江市）", "行业：制造业", "规模：小型", "从业人员约40人", "故为小型", "适用的措施共 6 条"], [AskCity, AskIndustry, AskSize]),
            ]
        },
        {
            "worked example from numbers", [
                new("惠州一家工厂，45个人，营收2000万", ["工业企业，从业人员45人、营业收入2000万元：达到中型的营业收入标准但从业人员不足300人，故为小型", "规模：小型"], [AskSize]),
            ]
        },
        {
            "size derived by asking for numbers", [
                new("湛江", [AskIndustry]),
                new("零售", [AskSize]),
                new("不清楚，帮我算", ["多少人"]),
                new("8个人", ["营业收入"], ["规模：微型"]),
                new("150万", ["零售业企业，从业人员8人、营业收入150万元", "故为微型", "规模：微型", "适用的措施"]),
            ]
        },
        {
            "correction after listing", [
                new("我是廉江一家做水产加工的小厂，40来个人", ["湛江市促进工业经济平稳增长若干措施"]),
                new("不对，是惠州", ["已更正", "城市：惠州市", "出口信用保险"], ["湛江市促进工业经济平稳增长若干措施"]),
                new("改成中型", ["规模：中型"]),
            ]
        },
        {
            "help and restart interruptions", [
                new("湛江", [AskIndustry]),
                new("帮助", ["重新开始", "查看全文", AskIndustry]),
                new("重新开始", ["重新开始", AskCity], [AskIndustry]),
                new("惠州", ["城市：惠州市", AskIndustry]),
                new("取消", ["已取消"]),
            ]
        },
        {
            "city outside covered cities gets provincial measures only", [
                new("深圳南山做零售的个体户", ["深圳市不在我收录的城市里", "只列广东省的省级措施", "稳岗返还"], ["湛江市促进", "出口信用保险", "担保费补贴"]),
            ]
        },
        {
            "city with no documents is told so", [
                new("武汉的一家小型餐饮企业", ["武汉市的政策我这里还没有收录"], ["担保费补贴", "第二十五条", "适用的措施共"]),
                new("房租能减免吗", ["没找到可靠的答案"], ["减免3个月租金", "《"]),
            ]
        },
        {
            "lookup by clause number", [
                new("我是廉江一家做水产加工的小厂，40来个人", ["适用的措施"]),
                new("鄂州第二十五条", ["第二十五条", "担保费补贴", "市财政局"]),
            ]
        },
        {
            "out of scope question is not answered with an unrelated clause", [
                new("我是廉江一家做水产加工的小厂，40来个人", ["适用的措施"]),
                new("火星移民有什么政策", ["没找到可靠的答案", "换个说法"], ["《", "稳岗返还", "减免3个月租金", "留抵退税"]),
            ]
        },
        {
            "empty and overlong messages", [
                new("湛江", [AskIndustry]),
                new("", ["没收到", AskIndustry]),
                new("   ", ["没收到"]),
                new(new string('政', 20000), ["太长了", "20000", AskIndustry]),
                new("制造业", [AskSize]),
            ]
        },
        {
            "full text of a trimmed answer", [
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("留抵退税", ["查看全文", "加大增值税期末留抵退税"], [new string('细', 400)]),
                new("查看全文", [new string('细', 400), "配合部门：各县（市、区）政府"]),
            ]
        },
        {
            "change city keeps industry and size", [
                new("湛江的小型制造业企业", ["湛江市促进工业经济平稳增长若干措施"]),
                new("换个城市", ["换个城市", AskCity], [AskIndustry, AskSize]),
                new("惠州", ["城市：惠州市｜行业：制造业｜规模：小型", "出口信用保险"], [AskIndustry, AskSize]),
            ]
        },
        {
            "cancel then a question keeps the profile", [
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("取消", ["已取消"]),
                new("贷款贴息有吗", ["第（三）条", "贷款贴息"], [AskCity]),
            ]
        },
        {
            "unanswerable prompt gives up after the allowed attempts", [
                new("湛江", [AskIndustry]),
                new("嗯嗯", ["没听明白是哪个行业"]),
                new("啊这", ["没听明白是哪个行业"]),
                new("哦", ["这一项先跳过", AskSize]),
            ]
        },
        {
            "answer using 小型微利企业 explains it is not a size class", [
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("六税两费能减吗", ["扩大“六税两费”减征范围", "年应纳税所得额不超过300万元", "年应税销售额"]),
                new("贷款贴息", ["第（三）条"], ["年应纳税所得额"]),
            ]
        },
        {
            "full text before any answer", [
                new("查看全文", ["还没有可以展开的条款"]),
            ]
        },
    };
}
