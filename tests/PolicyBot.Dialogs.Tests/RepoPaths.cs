namespace PolicyBot.Dialogs.Tests;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Knowledge => Path.Combine(Root, "knowledge");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("PolicyBot.sln not found above the test folder");
    }
}
