namespace PolicyBot.Knowledge.Tests.Profiles;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge(string relative) => Path.Combine(Root, "knowledge", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("PolicyBot.sln not found above the test folder");
    }
}
