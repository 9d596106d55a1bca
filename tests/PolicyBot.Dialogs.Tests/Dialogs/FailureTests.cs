using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.State;
using PolicyBot.Dialogs.Tests.Fakes;

namespace PolicyBot.Dialogs.Tests.Dialogs;

public sealed class FailureTests
{
    [Fact]
    public async Task ThrowingSearch_ApologisesLogsAbandonsTheDialogAndKeepsTheProfile()
    {
        var bot = new BotDriver();
        await bot.SayAsync("湛江的小型制造业企业", "broken");
        await bot.SayAsync("惠州的小型制造业企业", "healthy");

        bot.Search.Throw = new InvalidOperationException("index gone");
        var failed = await bot.SayAsync("房租能减免吗", "broken");
        bot.Search.Throw = null;

        Assert.Contains("企业信息都还在", BotDriver.Text(failed));
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Error && e.Id.Id == 3001 && e.Exception is InvalidOperationException);

        var after = BotDriver.Text(await bot.SayAsync("房租能减免吗", "broken"));
        Assert.Contains("湛江市", after); // the profile survived the failure: no questions again
        Assert.DoesNotContain("哪个城市或区县", after);

        var other = BotDriver.Text(await bot.SayAsync("出口信保", "healthy"));
        Assert.Contains("出口信用保险", other);
        Assert.DoesNotContain("哪个城市或区县", other);
    }

    [Fact]
    public async Task FailureBeforeAnyProfile_SaysTheConversationStartsAfresh()
    {
        var bot = new BotDriver();
        bot.Search.Throw = new InvalidOperationException("index gone");

        var failed = BotDriver.Text(await bot.SayAsync("湛江的企业房租能减免吗", "new"));

        Assert.Contains("对话已经重置", failed);
    }

    [Fact]
    public async Task UnreadableStoredState_IsDroppedAndTheNextTurnStartsClean()
    {
        var storage = new MemoryStateStorage();
        await storage.WriteAsync("untrusted/conversations/corrupt", "{not json", null, CancellationToken.None);
        var bot = new BotDriver(storage);

        var failed = BotDriver.Text(await bot.SayAsync("你好", "corrupt"));
        var next = BotDriver.Text(await bot.SayAsync("你好", "corrupt"));

        Assert.Contains("对话已经重置", failed);
        Assert.DoesNotContain("出了点问题", next);
        Assert.Contains(bot.Logs.Entries, e => e.Id.Id == 3004);
    }

    [Theory]
    [InlineData("房租\uFFFE能减免吗")]
    [InlineData("\uFFFF\uFDD0")]
    [InlineData("湛江\uD800的企业")]
    [InlineData("\u0000\u001B[31m房租")]
    public async Task NoncharactersAndControlCharacters_NeverFailATurn(string text)
    {
        var bot = new BotDriver();
        await bot.SayAsync("湛江的小型制造业企业", "odd");

        var reply = BotDriver.Text(await bot.SayAsync(text, "odd"));

        Assert.DoesNotContain("出了点问题", reply);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level == LogLevel.Error);
    }
}
