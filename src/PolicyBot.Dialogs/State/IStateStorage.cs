namespace PolicyBot.Dialogs.State;

/// <summary>
/// Key-value storage for conversation state with optimistic concurrency: every write names the ETag it read
/// (null when it read nothing, "*" to overwrite unconditionally) and fails with StateConflictException when
/// someone else wrote in between.
/// </summary>
public interface IStateStorage
{
    /// <summary>The item stored under the key, or null.</summary>
    Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes the JSON if the stored ETag still equals <paramref name="expectedETag"/>; returns the new ETag.</summary>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Removes the key (no error when absent).</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>One stored item: its JSON and the ETag a later write must present.</summary>
public sealed record StoredState(string Key, string Json, string ETag);
