using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Tests.Fakes;

namespace PolicyBot.Dialogs.Tests.Dialogs;

public sealed class FailureTests
{
    [Fact]
    public async Task ThrowingSearch_ApologisesLogsAndResetsOnlyThatConversation()
    {
        var bot = new BotDriver();
        await bot.SayAsync("湛江的小型制造业企业", "broken");
        await bot.SayAsync("惠州的小型制造业企业", "healthy");

        bot.Search.Throw = new InvalidOperationException("index gone");
        var failed = await bot.SayAsync("房租能减免吗", "broken");
        bot.Search.Throw = null;

        Assert.Contains("出了点问题", BotDriver.Text(failed));
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Error && e.Id.Id == 3001 && e.Exception is InvalidOperationException);

        var afterReset = BotDriver.Text(await bot.SayAsync("房租能减免吗", "broken"));
        Assert.Contains("哪个城市或区县", afterReset);

        var other = BotDriver.Text(await bot.SayAsync("出口信保", "healthy"));
        Assert.Contains("出口信用保险", other);
        Assert.DoesNotContain("哪个城市或区县", other);
    }
}
