using PolicyBot.Schema;

namespace PolicyBot.Dialogs.Engine;

/// <summary>Builds outgoing activities the way this bot sends them: Markdown text, zh-CN, input hint set.</summary>
public static class ReplyFactory
{
    public const string Locale = "zh-CN";

    public static Activity Message(string text, string inputHint, SuggestedActions? suggestions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        Locale = Locale,
        InputHint = inputHint,
        SuggestedActions = suggestions,
    };

    public static Activity Typing() => new() { Type = ActivityTypes.Typing, Locale = Locale };
}
