namespace PolicyBot.Knowledge;

/// <summary>Where the knowledge folder is: an explicit path, POLICYBOT_KNOWLEDGE, or the nearest "knowledge" folder upward.</summary>
public static class KnowledgePaths
{
    /// <summary>Environment variable that names the knowledge folder.</summary>
    public const string EnvironmentVariable = "POLICYBOT_KNOWLEDGE";

    /// <summary>
    /// Finds the knowledge folder from the current directory upward, then from the program's own folder
    /// upward (so a build output run from elsewhere still finds the repository's folder).
    /// </summary>
    public static string Locate(string? explicitPath = null)
    {
        var given = explicitPath ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            var full = Path.GetFullPath(given);
            return Directory.Exists(full) ? full : throw new KnowledgeException($"Knowledge folder not found: {full}");
        }

        return FindUpward("knowledge", Environment.CurrentDirectory)
            ?? FindUpward("knowledge", AppContext.BaseDirectory)
            ?? throw new KnowledgeException(
                $"No 'knowledge' folder found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}; pass --knowledge <folder> or set {EnvironmentVariable}.");
    }

    /// <summary>The nearest folder of that name at or above start, or null.</summary>
    public static string? FindUpward(string name, string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate) && (name != "knowledge" || Directory.Exists(Path.Combine(candidate, "documents")))) return candidate;
        }

        return null;
    }
}
