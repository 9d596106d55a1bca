using PolicyBot.Dialogs.Tests.Fakes;
using Xunit.Abstractions;

namespace PolicyBot.Dialogs.Tests.Dialogs;

public sealed class TranscriptDump(ITestOutputHelper output)
{
    [Fact]
    public async Task Dump()
    {
        var bot = new BotDriver();
        foreach (var r in await bot.JoinAsync("c1", "user-1", "bot-1")) output.WriteLine($"[{r.Type}/{r.InputHint}] {r.Text} {string.Join(",", r.SuggestedActions?.Actions.Select(a => a.Title) ?? [])}");
        foreach (var u in new[] { "我是廉江一家做水产加工的小厂，40来个人", "房租能减免吗", "查看全文", "更多", "不对，是惠州", "鄂州第二十五条", "火星移民政策", "帮助", "重新开始", "深圳", "零售", "不清楚，帮我算", "8个人", "150万", "换个城市", "武汉" })
        {
            output.WriteLine($"> {u}");
            foreach (var r in await bot.SayAsync(u)) output.WriteLine($"[{r.Type}/{r.InputHint}] {r.Text} {string.Join(",", r.SuggestedActions?.Actions.Select(a => a.Title) ?? [])}");
        }
        foreach (var e in bot.Logs.Entries) output.WriteLine($"LOG {e.Level} {e.Message} {e.Exception}");
    }
}
