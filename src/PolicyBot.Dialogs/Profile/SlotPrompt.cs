using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;

namespace PolicyBot.Dialogs.Profile;

/// <summary>
/// A choice or number prompt for one slot, defined in dialogs/: sends the prompt with its choices as suggested
/// actions, validates the answer (anything the recognizer understood counts) and re-prompts up to max_attempts,
/// after which the slot is skipped rather than asked forever.
/// </summary>
public sealed class SlotPrompt(DialogCatalog catalog, ProfileRecognizer recognizer) : IDialog
{
    public const string DialogId = "slot_prompt";
    private const string SlotKey = "slot";
    private const string AttemptsKey = "attempts";

    public string Id => DialogId;

    public Task<DialogTurnResult> BeginAsync(DialogContext dc, string? options, CancellationToken cancellationToken)
    {
        var slot = catalog.Slot(options ?? throw new ArgumentNullException(nameof(options)));
        dc.Active!.Set(SlotKey, slot.Id);
        dc.Active.Set(AttemptsKey, 0);
        Send(dc, slot, slot.Prompt);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var frame = dc.Active!;
        var slot = catalog.Slot(frame.Get(SlotKey)!);
        var update = recognizer.Recognize(dc.Turn.Text, slot);
        if (update.Action?.Action == ChoiceActions.Skip)
        {
            dc.Turn.Say(dc.Turn.T(TemplateIds.SlotSkipped));
            return await dc.EndDialogAsync(new PromptResult(slot.Id, update, Skipped: true), cancellationToken);
        }

        if (!update.IsEmpty) return await dc.EndDialogAsync(new PromptResult(slot.Id, update, Skipped: false), cancellationToken);

        var attempts = frame.GetInt(AttemptsKey) + 1;
        frame.Set(AttemptsKey, attempts);
        if (attempts >= slot.MaxAttempts)
        {
            dc.Turn.Say(dc.Turn.T(TemplateIds.SlotSkipped));
            return await dc.EndDialogAsync(new PromptResult(slot.Id, update, Skipped: true), cancellationToken);
        }

        Send(dc, slot, slot.Retry);
        return DialogTurnResult.Waiting;
    }

    public Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);

    public Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Send(dc, catalog.Slot(dc.Active!.Get(SlotKey)!), catalog.Slot(dc.Active.Get(SlotKey)!).Prompt);
        return Task.CompletedTask;
    }

    private static void Send(DialogContext dc, SlotDefinition slot, string templateId) =>
        dc.Turn.Ask(dc.Turn.T(templateId), slot.Choices.Select(c => c.Title));
}
