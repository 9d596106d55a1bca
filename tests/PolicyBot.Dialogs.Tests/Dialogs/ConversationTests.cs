using PolicyBot.Dialogs.Tests.Fakes;

namespace PolicyBot.Dialogs.Tests.Dialogs;

public sealed class ConversationTests
{
    [Theory]
    [MemberData(nameof(ConversationScenarios.All), MemberType = typeof(ConversationScenarios))]
    public async Task Conversation_RepliesMatchTheScript(string scenario, Step[] steps)
    {
        var bot = new BotDriver();
        var turn = 0;
        foreach (var step in steps)
        {
            turn++;
            var replies = step.Say is null ? await bot.JoinAsync("c1", "user-1") : await bot.SayAsync(step.Say);
            var text = BotDriver.Text(replies);
            foreach (var expected in step.Expect)
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{scenario}, turn {turn} ({Short(step.Say)}): expected “{expected}” in\n{text}");
            foreach (var unexpected in step.ExpectNot ?? [])
                Assert.False(text.Contains(unexpected, StringComparison.Ordinal), $"{scenario}, turn {turn} ({Short(step.Say)}): did not expect “{unexpected}” in\n{text}");
        }

        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    private static string Short(string? s) => s is null ? "(join)" : s.Length > 20 ? s[..20] + "…" : s;
}
