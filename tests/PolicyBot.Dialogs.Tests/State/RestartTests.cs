using PolicyBot.Dialogs.State;
using PolicyBot.Dialogs.Tests.Fakes;

namespace PolicyBot.Dialogs.Tests.State;

public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policybot-restart-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task FileState_BotRestartedMidDialog_ContinuesWhereItLeftOff()
    {
        var before = new BotDriver(new FileStateStorage(_folder));
        await before.SayAsync("湛江");

        var after = new BotDriver(new FileStateStorage(_folder));
        var text = BotDriver.Text(await after.SayAsync("制造业"));

        Assert.Contains("城市：湛江市｜行业：制造业", text);
        Assert.Contains("企业规模大概是", text);
        Assert.DoesNotContain("惠企政策助手", text);
    }

    [Fact]
    public async Task MemoryState_NewBot_StartsOver()
    {
        await new BotDriver().SayAsync("湛江");

        var text = BotDriver.Text(await new BotDriver().SayAsync("制造业"));

        Assert.Contains("惠企政策助手", text);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
