using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Hosting;
using PolicyBot.Dialogs.Tests.Fakes;
using PolicyBot.Schema;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Tests.Integration;

/// <summary>Whole conversations against the real index of the five documents, composed as the web host composes them.</summary>
public sealed class RealSearchConversationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"pb-dlg-{Guid.NewGuid():N}");
    private readonly PolicySearcher _search;
    private readonly IBot _bot;

    public RealSearchConversationTests()
    {
        var clock = new FixedClock();
        _search = PolicySearcher.Open(new SearchOptions { KnowledgePath = RepoPaths.Knowledge, DataPath = _data }, clock);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IPolicySearch>(_search);
        services.AddSingleton(_search.Knowledge.Regions);
        services.AddPolicyBotDialogs(o =>
        {
            o.DialogsFolder = RepoPaths.Dialogs;
            o.KnowledgeFolder = RepoPaths.Knowledge;
        });
        _bot = services.BuildServiceProvider().GetRequiredService<IBot>();
    }

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
                ("明天天气怎么样", ["没找到可靠的答案"], ["牵头部门", "有效期："]),
            ]
        },
        {
            "hotline lookups before any profile",
            [
                ("鄂州第二十五条", ["第(二十五)条", "稳岗留工", "主要做哪一行"], []),
                ("湛江 房租减免", ["第（七）条", "市国资委"], []),
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

    public void Dispose()
    {
        _search.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
