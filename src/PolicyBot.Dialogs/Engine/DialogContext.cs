using PolicyBot.Dialogs.Conversation;

namespace PolicyBot.Dialogs.Engine;

/// <summary>The dialog stack for one turn: push (begin), pop (end, resuming the parent), continue, reprompt, cancel.</summary>
public sealed class DialogContext(DialogSet dialogs, ConversationData state, TurnContext turn)
{
    public TurnContext Turn { get; } = turn;

    public ConversationData State { get; } = state;

    /// <summary>The frame on top of the stack, or null when no dialog is active.</summary>
    public DialogFrame? Active => State.Stack.Count == 0 ? null : State.Stack[^1];

    public Task<DialogTurnResult> BeginDialogAsync(string id, string? options, CancellationToken cancellationToken)
    {
        var dialog = dialogs.Find(id);
        State.Stack.Add(new DialogFrame { Id = id });
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken) =>
        Active is { } frame ? dialogs.Find(frame.Id).ContinueAsync(this, cancellationToken) : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>Pops the active dialog and resumes its parent with the result.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0) State.Stack.RemoveAt(State.Stack.Count - 1);
        return Active is { } parent
            ? dialogs.Find(parent.Id).ResumeAsync(this, result, cancellationToken)
            : Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result));
    }

    public Task RepromptAsync(CancellationToken cancellationToken) =>
        Active is { } frame ? dialogs.Find(frame.Id).RepromptAsync(this, cancellationToken) : Task.CompletedTask;

    public void CancelAll() => State.Stack.Clear();
}
