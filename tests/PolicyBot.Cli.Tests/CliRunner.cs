using PolicyBot.Knowledge;

namespace PolicyBot.Cli.Tests;

/// <summary>Runs the command line in-process over the repository's knowledge, with the index in a temporary folder and a fixed day.</summary>
internal static class CliRunner
{
    private static readonly string Knowledge = KnowledgePaths.FindUpward("knowledge", AppContext.BaseDirectory)!;
    private static readonly string Data = Path.Combine(Path.GetTempPath(), $"pb-cli-{Guid.NewGuid():N}");

    public static async Task<(int Code, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var all = args.Concat(["--knowledge", Knowledge, "--data", Data, "--as-of", "2026-11-23"]).ToArray();
        var code = await CliApp.RunAsync(all, new StringReader(stdin), output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with exactly these arguments (no knowledge or data options added).</summary>
    public static async Task<(int Code, string Out, string Err)> RunBareAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(""), output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }
}
