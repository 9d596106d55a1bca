namespace PolicyBot.Dialogs.Engine;

/// <summary>What a dialog did with the turn: waiting for input, finished (with a result), or nothing active.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);
}

/// <summary>Status of the dialog stack after a turn.</summary>
public enum DialogTurnStatus
{
    Empty,
    Waiting,
    Complete,
    Cancelled,
}
