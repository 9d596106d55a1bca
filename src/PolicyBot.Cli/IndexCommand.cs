using System.Diagnostics;
using PolicyBot.Knowledge;

namespace PolicyBot.Cli;

/// <summary>`index`: parses the documents, builds the search index, prints the parse report.</summary>
internal static class IndexCommand
{
    public static int Run(CliOptions options, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(KnowledgePaths.Locate(options.KnowledgePath));
        var parsed = clock.Elapsed;
        ParseReport.Write(kb, options.AsOf, options.Verbose, output);
        output.WriteLine($"parsed {kb.Documents.Count} documents in {parsed.TotalMilliseconds:F0} ms");
        foreach (var e in kb.Errors) error.WriteLine($"error: {e}");
        return kb.Errors.Count == 0 ? 0 : 1;
    }
}
