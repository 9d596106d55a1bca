using PolicyBot.Schema;
using PolicyBot.Web.Bots;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Bots;

public sealed class PlaceholderBotTests
{
    private readonly PlaceholderBot _bot = new();

    [Fact]
    public async Task ConversationUpdate_UserAdded_WelcomesOnce()
    {
        var replies = await _bot.OnTurnAsync(Activities.MembersAdded(Activities.Bot, Activities.User), CancellationToken.None);

        var welcome = Assert.Single(replies);
        Assert.Contains("惠企政策助手", welcome.Text);
    }

    [Fact]
    public async Task ConversationUpdate_OnlyBotAdded_SaysNothing()
    {
        var replies = await _bot.OnTurnAsync(Activities.MembersAdded(Activities.Bot), CancellationToken.None);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Message20000Chars_GetsAPoliteAnswerNotAnEcho()
    {
        var replies = await _bot.OnTurnAsync(Activities.Message(new string('策', 20_000)), CancellationToken.None);

        var reply = Assert.Single(replies);
        Assert.Contains("20000", reply.Text);
        Assert.True(reply.Text!.Length < 200);
    }
}
