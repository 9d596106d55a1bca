namespace PolicyBot.Dialogs.Tests.Dialogs;

/// <summary>Turn-by-turn scenarios: utterances and the substrings the replies must (not) contain.</summary>
public static class ConversationScenarios
{
    private const string AskCity = "哪个城市或区县";
    private const string AskIndustry = "主要做哪一行";
    private const string AskSize = "企业规模大概是";
    private const string OfferEzhou = "要把城市改成鄂州市吗？";
    private const string Greeting = "您好！我在";
    private const string EnglishNote = "I can only answer in Chinese";

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
            "an uncertain answer offers candidates, and choosing one shows it", [
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("有什么支持", ["您是不是想问", "1. 《广东省促进工业经济平稳增长行动方案》", "第（一）条"], ["牵头部门"]),
                new("湛江第（一）条", ["留抵退税", "市税务局"], ["您是不是想问"]),
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
                new("房租能减免吗", ["武汉市的政策我这里还没有收录"], ["减免3个月租金", "《"]),
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
        {
            "a lookup of another city's clause answers it and leaves the profile's city", [
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("鄂州第二十五条", ["担保费补贴", "注意：这一条是鄂州市的措施，不适用于湛江市。"], [OfferEzhou, "已更正"]),
                new("我的信息", ["城市：湛江市"], ["鄂州"]),
            ]
        },
        {
            "a lookup while the profile is being filled leaves the city and carries on", [
                new("湛江", [AskIndustry]),
                new("鄂州第二十五条", ["担保费补贴", "不适用于湛江市", AskIndustry], [OfferEzhou, "城市：鄂州市"]),
                new("我的信息", ["城市：湛江市"]),
            ]
        },
        {
            "a hotline lookup as the first message sets no city", [
                new("鄂州第二十五条", ["惠企政策助手", "担保费补贴", AskCity], ["城市：鄂州市", AskIndustry]),
            ]
        },
        {
            "a question about another city is answered there and switching is asked, 否 keeps the profile", [
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("鄂州的担保费补贴有吗", ["按鄂州市的政策", "担保费补贴", OfferEzhou], ["已更正", "城市：鄂州市"]),
                new("否", ["不改", "城市：湛江市｜行业：制造业｜规模：小型"], ["适用的措施"]),
                new("我的信息", ["城市：湛江市"]),
            ]
        },
        {
            "是 to the offer switches the city and lists its measures", [
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("鄂州的担保费补贴有吗", [OfferEzhou]),
                new("是", ["已更正为：城市：鄂州市｜行业：制造业｜规模：小型", "适用的措施共 1 条", "担保费补贴"], ["湛江市促进工业经济"]),
            ]
        },
        {
            "an offer not taken up lapses: the next message is read as usual", [
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("鄂州的担保费补贴有吗", [OfferEzhou]),
                new("贷款贴息有吗", ["第（三）条", "按您的企业信息（城市：湛江市"], [OfferEzhou]),
                new("是", ["没找到可靠的答案"], ["已更正", "城市：鄂州市"]),
            ]
        },
        {
            "a question about another city before the profile is complete: offer first, guided questions after", [
                new("湛江", [AskIndustry]),
                new("鄂州的担保费补贴有吗", ["担保费补贴", OfferEzhou], [AskIndustry, "城市：鄂州市"]),
                new("是", ["记下了：城市：鄂州市", AskIndustry]),
            ]
        },
        {
            "an offer answered with profile information instead fills the profile", [
                new("湛江", [AskIndustry]),
                new("鄂州的担保费补贴有吗", [OfferEzhou]),
                new("制造业", ["城市：湛江市｜行业：制造业", AskSize], ["鄂州市｜"]),
            ]
        },
        {
            "a question naming a city after the owner declined to say one offers it", [
                new("制造业", [AskCity]),
                new("先不说城市", [AskSize]),
                new("鄂州的担保费补贴有吗", ["担保费补贴", OfferEzhou], [AskSize, "城市：鄂州市"]),
                new("否", ["不改", "城市：未提供", AskSize]),
            ]
        },
        {
            "a question naming a city while none is known takes it and says so", [
                new("湛江 房租减免", ["减免3个月租金", "记下了：城市：湛江市", AskIndustry], [OfferEzhou]),
            ]
        },
        {
            "greetings are answered as greetings at every point", [
                new("你好", ["惠企政策助手", AskCity], ["没认出", "没找到"]),
                new("湛江", [AskIndustry]),
                new("您好！", [Greeting, AskIndustry], ["没听明白", "惠企政策助手"]),
                new("制造业", [AskSize]),
                new("小型", ["适用的措施"]),
                new("hello", [Greeting], ["没找到", EnglishNote]),
                new("在吗", [Greeting], ["没找到"]),
                new("早上好", [Greeting], ["没找到"]),
            ]
        },
        {
            "a city with no documents is said as soon as it is given, with what is covered", [
                new("武汉", ["城市：武汉市", "武汉市的政策我这里还没有收录", "目前收录的地区：广东省、湛江市、惠州市、鄂州市"], [AskIndustry, AskSize, "适用的措施共"]),
                new("换个城市", [AskCity]),
                new("惠州", ["城市：惠州市", AskIndustry]),
            ]
        },
        {
            "a municipality is a city too, and one with no documents is said at once", [
                new("湛江", [AskIndustry]),
                new("不对，是北京", ["城市：北京市", "北京市的政策我这里还没有收录"], [AskSize, "没听明白"]),
            ]
        },
        {
            "an English message gets the bilingual note, then the guided questions", [
                new("What subsidies can I get?", ["我只能用中文回答", EnglishNote, "广东省、湛江市、惠州市、鄂州市", AskCity], ["没认出", "没找到"]),
                new("湛江的小型制造业企业", ["适用的措施"]),
                new("Is there any tax relief for small companies?", [EnglishNote], ["没找到"]),
            ]
        },
    };
}
