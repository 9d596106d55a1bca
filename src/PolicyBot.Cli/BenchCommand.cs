namespace PolicyBot.Cli;

internal static class BenchCommand
{
    public static int Run(CliOptions options, TextWriter output, TextWriter error) => 2;
}
