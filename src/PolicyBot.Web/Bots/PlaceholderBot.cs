using PolicyBot.Schema;

namespace PolicyBot.Web.Bots;

/// <summary>
/// A stand-in bot until the dialogs are wired in: welcomes users who join (never the bot itself) and echoes messages.
/// </summary>
public sealed class PlaceholderBot : IBot
{
    private const int MaxEchoChars = 200;

    /// <inheritdoc />
    public Task<IReadOnlyList<Activity>> OnTurnAsync(Activity incoming, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> replies = incoming.Type switch
        {
            ActivityTypes.ConversationUpdate => Welcome(incoming),
            ActivityTypes.Message => [Message(Echo(incoming.Text))],
            _ => [],
        };
        return Task.FromResult(replies);
    }

    private static IReadOnlyList<Activity> Welcome(Activity incoming) =>
        (incoming.MembersAdded ?? [])
            .Where(member => member.Id != incoming.Recipient?.Id)
            .Select(_ => Message("您好！我是惠企政策助手。请告诉我您的企业所在地区和想了解的政策。"))
            .ToList();

    private static string Echo(string? text) => text switch
    {
        null or "" => "请输入您想咨询的问题。",
        { Length: > MaxEchoChars } => $"您的消息较长（{text.Length} 字），请精简到一个具体问题，我会尽力解答。",
        _ => $"您说：{text}",
    };

    private static Activity Message(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, Locale = "zh-CN", InputHint = InputHints.AcceptingInput };
}
