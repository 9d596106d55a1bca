using PolicyBot.Dialogs.Tests.Fakes;
using PolicyBot.Schema;

namespace PolicyBot.Dialogs.Tests.Integration;

/// <summary>Whole conversations against the real index of the five documents, composed as the web host composes them.</summary>
public sealed class RealSearchConversationTests(RealSearchBot real) : IClassFixture<RealSearchBot>
{
    private readonly IBot _bot = real.Bot;

    public static TheoryData<string, (string Say, string[] Expect, string[] Never)[]> Conversations() => new()
    {
        {
            "owner in a county of a covered city",
            [
                ("我是廉江一家做水产加工的小厂，40来个人", ["廉江市（湛江市）", "小型", "湛府办函〔2022〕44号"], []),
                ("厂房是租国企的，房租能减免吗", ["第（七）条", "市国资委", "已过期"], []),
                ("查看全文", ["在考核中根据实际情况予以认可", "市财政局"], []),
                ("鄂州第二十五条", ["第(二十五)条", "稳岗留工", "不适用于湛江市"], []),
                ("鄂州第九十九条", ["没有第99条"], ["稳岗留工"]),
                ("明天天气怎么样", ["不在我收录的惠企政策范围"], ["牵头部门", "有效期："]),
            ]
        },
        {
            "hotline lookups before any profile",
            [
                ("鄂州第二十五条", ["第(二十五)条", "稳岗留工", "哪个城市或区县"], ["主要做哪一行", "城市：鄂州市"]),
                ("湛江 房租减免", ["第（七）条", "市国资委", "记下了：城市：湛江市", "主要做哪一行"], []),
                ("制造业，小型", ["湛府办函〔2022〕44号", "适用的措施"], []),
            ]
        },
        {
            "owner describing the company is not mistaken for a question",
            [
                ("忻州的煤矿企业，大型", ["忻州市", "大型", "适用的措施", "忻政办发〔2022〕34号"], ["找到最相关的是", "没找到可靠的答案"]),
            ]
        },
        {
            "a size named outright stands against a guess from headcount alone",
            [("我们是惠州做外贸的小公司，20个人", ["规模：小型"], ["规模：中型"])]
        },
        {
            "owner asking while describing the company",
            [("鄂州做农产品直播带货的合作社，有补贴吗", ["第(十)条", "鄂州市"], [])]
        },
        {
            "owner in a city with only provincial measures",
            [("我们公司在深圳，做软件的，50人", ["深圳市", "广东省", "粤办函〔2022〕41号"], ["湛府办函", "惠府函"])]
        },
        {
            "owner in a city no document covers",
            [("武汉的餐饮店，10个人", ["武汉市", "没有收录"], ["第（", "第("])]
        },
        {
            "a lookup of another city's clause leaves the profile's city",
            [
                ("湛江的小型制造业企业", ["湛府办函〔2022〕44号", "适用的措施"], []),
                ("鄂州第二十五条", ["第(二十五)条", "稳岗留工", "这一条是鄂州市的措施，不适用于湛江市"], ["要把城市改成", "已更正"]),
                ("我的信息", ["城市：湛江市"], ["鄂州"]),
            ]
        },
        {
            "a lookup while the profile is being filled leaves the city",
            [
                ("湛江", ["主要做哪一行"], []),
                ("鄂州第二十五条", ["稳岗留工", "不适用于湛江市", "主要做哪一行"], ["城市：鄂州市"]),
                ("我的信息", ["城市：湛江市"], ["鄂州"]),
            ]
        },
        {
            "a question about another city asks before switching",
            [
                ("湛江的小型制造业企业", ["适用的措施"], []),
                ("鄂州有担保费补贴吗", ["按鄂州市的政策", "鄂州", "要把城市改成鄂州市吗？"], ["已更正", "湛府办函"]),
                ("否", ["不改", "城市：湛江市｜行业：制造业｜规模：小型"], ["适用的措施"]),
                ("鄂州有担保费补贴吗", ["要把城市改成鄂州市吗？"], []),
                ("是", ["已更正为：城市：鄂州市", "适用的措施共"], ["湛府办函", "粤办函"]),
            ]
        },
        {
            "greetings are greetings, not places or questions",
            [
                ("你好", ["惠企政策助手", "哪个城市或区县"], ["没认出这个地名", "没找到"]),
                ("湛江", ["主要做哪一行"], []),
                ("您好", ["您好！我在", "主要做哪一行"], ["没听明白", "没找到"]),
                ("制造业，小型", ["适用的措施"], []),
                ("hello", ["您好！我在"], ["没找到", "I can only answer in Chinese"]),
            ]
        },
        {
            "a city the documents do not cover is said as soon as it is given",
            [
                ("武汉", ["武汉市的政策我这里还没有收录", "目前收录的地区：", "湛江市", "鄂州市"], ["主要做哪一行", "企业规模大概是"]),
                ("换个城市", ["哪个城市或区县"], []),
                ("北京", ["北京市的政策我这里还没有收录"], ["主要做哪一行", "没认出这个地名"]),
            ]
        },
        {
            "an English question gets the note on what is covered",
            [
                ("What subsidies can I get?", ["我只能用中文回答", "I can only answer in Chinese", "湛江市", "哪个城市或区县"], ["没找到", "没认出"]),
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Conversation_WithTheRealIndex_RepliesAsExpected(string name, (string Say, string[] Expect, string[] Never)[] turns)
    {
        var conversation = name.GetHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (say, expect, never) in turns)
        {
            var replies = await _bot.OnTurnAsync(new Activity
            {
                Type = ActivityTypes.Message,
                Text = say,
                ChannelId = "test",
                Conversation = new ConversationAccount(conversation),
                From = new ChannelAccount("user-1"),
                Recipient = new ChannelAccount("bot-1"),
            }, CancellationToken.None);
            var text = BotDriver.Text(replies);
            foreach (var e in expect) Assert.True(text.Contains(e, StringComparison.Ordinal), $"{name} / {say}: expected \"{e}\" in\n{text}");
            foreach (var n in never) Assert.False(text.Contains(n, StringComparison.Ordinal), $"{name} / {say}: did not expect \"{n}\" in\n{text}");
        }
    }
}
