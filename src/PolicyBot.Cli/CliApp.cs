using PolicyBot.Knowledge;

namespace PolicyBot.Cli;

/// <summary>Command dispatch for the policybot command line: ask, index, show, bench, help.</summary>
public static class CliApp
{
    /// <summary>Runs one command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (CliOptions.AsksForHelp(args))
        {
            await output.WriteLineAsync(CliOptions.Usage);
            return 0;
        }

        CliOptions options;
        try
        {
            options = CliOptions.Parse(args, clock);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync(CliOptions.Usage);
            return 2;
        }

        try
        {
            return options.Command switch
            {
                "index" => IndexCommand.Run(options, output, error),
                "ask" => await AskCommand.RunAsync(options, input, output, error),
                "show" => ShowCommand.Run(options, output, error),
                "bench" => BenchCommand.Run(options, output, error),
                _ => Usage(error, $"unknown command {options.Command}"),
            };
        }
        catch (KnowledgeException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static int Usage(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        error.WriteLine(CliOptions.Usage);
        return 2;
    }
}
