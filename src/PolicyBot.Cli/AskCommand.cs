namespace PolicyBot.Cli;

internal static class AskCommand
{
    public static Task<int> RunAsync(CliOptions options, TextReader input, TextWriter output, TextWriter error) => Task.FromResult(2);
}
