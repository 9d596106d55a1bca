using Microsoft.Extensions.Time.Testing;
using PolicyBot.Knowledge;
using PolicyBot.Schema;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Tests;

public sealed class AnsweringBotTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"pb-bot-{Guid.NewGuid():N}");
    private readonly PolicySearcher _search;
    private readonly AnsweringBot _bot;

    public AnsweringBotTests()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var knowledge = KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!;
        _search = PolicySearcher.Open(new SearchOptions { KnowledgePath = knowledge, DataPath = _data }, clock);
        var dialogs = Path.Combine(Path.GetDirectoryName(knowledge)!, "dialogs");
        _bot = new AnsweringBot(_search, Replies.Load(dialogs), clock);
    }

    private async Task<string> SayAsync(string text)
    {
        var replies = await _bot.OnTurnAsync(new Activity { Type = ActivityTypes.Message, Text = text }, CancellationToken.None);
        return string.Join("\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text));
    }

    [Theory]
    [InlineData("湛江 房租减免", "第（七）条", "市国资委")]
    [InlineData("鄂州第二十五条", "第(二十五)条", "市人社局")]
    [InlineData("忻州信易贷平台", "忻政办发〔2022〕34号", "有效期未载明")]
    public async Task Message_PolicyQuestion_AnswersWithCitationDepartmentAndStatus(string question, string citation, string detail)
    {
        var reply = await SayAsync(question);
        Assert.Contains(citation, reply);
        Assert.Contains(detail, reply);
    }

    [Theory]
    [InlineData("明天天气怎么样")]
    [InlineData("个人所得税专项附加扣除子女教育怎么填")]
    public async Task Message_OutOfScope_SaysSoAndShowsNoClause(string question)
    {
        var reply = await SayAsync(question);
        Assert.Contains("没有找到能确切回答", reply);
        Assert.DoesNotContain("条**", reply);
        Assert.DoesNotContain("责任部门", reply);
    }

    [Fact]
    public async Task Message_CityNoDocumentCovers_IsToldWhatIsNotCovered()
    {
        var reply = await SayAsync("武汉的企业有稳岗补贴吗");
        Assert.Contains("武汉", reply);
        Assert.DoesNotContain("责任部门", reply);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Message_Empty_GetsAGentlePrompt(string text) => Assert.Contains("没有输入内容", await SayAsync(text));

    [Fact]
    public async Task Message_TwentyThousandCharacters_GetsAPoliteRefusal() =>
        Assert.Contains("问题太长了", await SayAsync(new string('补', 20_000)));

    [Fact]
    public async Task ConversationUpdate_WelcomesUsersButNotTheBotItself()
    {
        var bot = new ChannelAccount("bot-1", "PolicyBot");
        var user = new ChannelAccount("user-1", "老板");
        var forUser = await _bot.OnTurnAsync(new Activity { Type = ActivityTypes.ConversationUpdate, Recipient = bot, MembersAdded = [user] }, CancellationToken.None);
        var forBot = await _bot.OnTurnAsync(new Activity { Type = ActivityTypes.ConversationUpdate, Recipient = bot, MembersAdded = [bot] }, CancellationToken.None);
        Assert.Contains("惠企政策助手", Assert.Single(forUser).Text);
        Assert.NotNull(forUser[0].SuggestedActions);
        Assert.Empty(forBot);
    }

    [Fact]
    public async Task Message_Help_ListsTheDocumentsHeld()
    {
        var reply = await SayAsync("帮助");
        Assert.Contains("粤办函〔2022〕41号", reply);
    }

    public void Dispose()
    {
        _search.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
