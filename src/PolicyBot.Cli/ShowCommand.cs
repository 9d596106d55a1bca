namespace PolicyBot.Cli;

internal static class ShowCommand
{
    public static int Run(CliOptions options, TextWriter output, TextWriter error) => 2;
}
