namespace PolicyBot.Dialogs.Engine;

/// <summary>A step of conversation on the dialog stack, in the manner of Bot Builder's Dialog.</summary>
public interface IDialog
{
    string Id { get; }

    /// <summary>Called when pushed on the stack; <paramref name="options"/> is what the caller passed.</summary>
    Task<DialogTurnResult> BeginAsync(DialogContext dc, string? options, CancellationToken cancellationToken);

    /// <summary>Called with the user's next message while this dialog is on top.</summary>
    Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>Called when a child this dialog started has ended, with the child's result.</summary>
    Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken);

    /// <summary>Asks again what this dialog is waiting for (after help, an empty message, …).</summary>
    Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken);
}
