using PolicyBot.Dialogs.Definitions;
using PolicyBot.Schema;

namespace PolicyBot.Dialogs.Engine;

/// <summary>One turn: what the user said, today's date, and the replies built so far.</summary>
public sealed class TurnContext(string text, DateOnly today, TemplateSet templates, PolicyBotDialogOptions options)
{
    private readonly List<Activity> _replies = [];

    /// <summary>The user's message, trimmed.</summary>
    public string Text { get; } = text;

    /// <summary>Today in the bot's time zone, from the injected clock.</summary>
    public DateOnly Today { get; } = today;

    public TemplateSet Templates { get; } = templates;

    public PolicyBotDialogOptions Options { get; } = options;

    /// <summary>True once the turn has called the search (the handler then sends typing first).</summary>
    public bool Searched { get; set; }

    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>Renders a template.</summary>
    public string T(string templateId, params (string Name, object? Value)[] values) => Templates.Render(templateId, values);

    /// <summary>A statement; the user may type at any time.</summary>
    public void Say(string text, IEnumerable<string>? suggestions = null) => Add(text, InputHints.AcceptingInput, suggestions);

    /// <summary>A question the bot waits on, with its choices as imBack suggested actions.</summary>
    public void Ask(string text, IEnumerable<string>? suggestions = null) => Add(text, InputHints.ExpectingInput, suggestions);

    /// <summary>A message carrying a card (no suggested actions: Teams drops them on messages with attachments).</summary>
    public void SayWithCard(string text, Attachment card) => _replies.Add(ReplyFactory.Message(text, InputHints.AcceptingInput, null) with
    {
        Attachments = [card],
    });

    private void Add(string text, string hint, IEnumerable<string>? suggestions)
    {
        var actions = suggestions?.Distinct().Take(Options.MaxSuggestedActions).Select(s => new CardAction("imBack", s, s)).ToList();
        _replies.Add(ReplyFactory.Message(text, hint, actions is { Count: > 0 } ? new SuggestedActions(actions) : null));
    }
}
