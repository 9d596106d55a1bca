namespace PolicyBot.Dialogs.State;

/// <summary>ETag rules shared by the storages.</summary>
internal static class ETags
{
    public const string Any = "*";

    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>Throws unless the write's expected ETag matches what is stored (null = must be absent, "*" = anything).</summary>
    public static void Check(string key, string? expected, string? current)
    {
        if (expected == Any || expected == current) return;
        throw new StateConflictException(key, expected, current);
    }
}
