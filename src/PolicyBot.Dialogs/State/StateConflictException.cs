namespace PolicyBot.Dialogs.State;

/// <summary>A write presented an ETag that is no longer current: another turn changed the state first.</summary>
public sealed class StateConflictException(string key, string? expected, string? actual)
    : Exception($"State '{key}' was changed by someone else: the write expected ETag '{expected ?? "(none)"}' but the store holds '{actual ?? "(none)"}'.")
{
    public string Key { get; } = key;
}
