using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>Opens the shared searcher with the command line's options, reporting load problems on stderr.</summary>
internal static class Searchers
{
    public static PolicySearcher Open(CliOptions options, TextWriter error)
    {
        var analysis = Environment.GetEnvironmentVariable("POLICYBOT_ANALYSIS");
        var searchOptions = new SearchOptions
        {
            KnowledgePath = options.KnowledgePath,
            DataPath = options.DataPath,
            Analysis = Enum.TryParse<PolicyBot.Search.Analysis.AnalysisMode>(analysis, ignoreCase: true, out var mode) ? mode : new SearchOptions().Analysis,
        };
        var searcher = PolicySearcher.Open(searchOptions, TimeProvider.System);
        foreach (var e in searcher.Knowledge.Errors) error.WriteLine($"warning: skipped {e}");
        return searcher;
    }
}
