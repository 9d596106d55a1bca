using System.Diagnostics;
using System.Text.Json;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Search;

namespace PolicyBot.Cli;

/// <summary>
/// `bench`: index build time for the knowledge folder (fresh data folder, several runs), query latency
/// p50/p99 in-process over the gold questions, and resident memory after load. Prints figures.
/// </summary>
internal static class BenchCommand
{
    public static int Run(CliOptions options, TextWriter output, TextWriter error)
    {
        var root = KnowledgePaths.Locate(options.KnowledgePath);
        var builds = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var data = Path.Combine(Path.GetTempPath(), $"policybot-bench-{Guid.NewGuid():N}");
            var sw = Stopwatch.StartNew();
            using (var s = PolicySearcher.Open(new SearchOptions { KnowledgePath = root, DataPath = data }, TimeProvider.System)) { }
            builds.Add(sw.Elapsed.TotalMilliseconds);
            Directory.Delete(data, recursive: true);
        }

        output.WriteLine($"index build (parse + index, fresh folder): first {builds[0]:F0} ms (cold JIT), then {builds[1]:F0} ms, {builds[2]:F0} ms");
        using var searcher = Searchers.Open(options, error);
        var questions = Questions(options.Positional.FirstOrDefault(), searcher);
        var first = questions.Select(q => Timed(() => searcher.Search(q))).Order().ToList();
        output.WriteLine($"first pass over {questions.Count} questions (JIT still warming): p50 {Percentile(first, 0.50):F3} ms, p99 {Percentile(first, 0.99):F3} ms");

        // A server runs for hours: let tiered JIT reach optimized code before measuring its steady state.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3)) foreach (var q in questions) searcher.Search(q);
        Thread.Sleep(1000);
        var latencies = new List<double>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var q in questions)
            {
                var sw = Stopwatch.StartNew();
                searcher.Search(q);
                latencies.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        latencies.Sort();
        output.WriteLine($"steady state over {questions.Count} questions × 20 rounds ({latencies.Count} queries): p50 {Percentile(latencies, 0.50):F3} ms, p99 {Percentile(latencies, 0.99):F3} ms, max {latencies[^1]:F3} ms");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"resident memory after load: {process.WorkingSet64 / 1048576.0:F1} MiB (managed heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB)");
        return 0;
    }

    private static double Timed(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>The gold questions from a JSONL file (default: shared/eval/dev.jsonl beside the repository), else sample questions.</summary>
    private static List<SearchRequest> Questions(string? path, PolicySearcher searcher)
    {
        path ??= KnowledgePaths.FindUpward(Path.Combine("shared", "eval"), Environment.CurrentDirectory) is { } dir ? Path.Combine(dir, "dev.jsonl") : null;
        var list = new List<SearchRequest>();
        if (path is not null && File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                var q = doc.RootElement.GetProperty("q").GetString() ?? "";
                CompanyProfile? profile = null;
                if (doc.RootElement.TryGetProperty("profile", out var p) && p.ValueKind == JsonValueKind.Object)
                {
                    string? S(string k) => p.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    profile = new CompanyProfile(S("city"), S("industry"), S("size"));
                }

                list.Add(new SearchRequest(q, profile));
            }
        }

        if (list.Count == 0)
        {
            list.AddRange(searcher.Documents.SelectMany(d => d.Clauses.Take(5).Select(c => new SearchRequest($"{d.Jurisdiction.Name} {c.Heading ?? c.Text[..Math.Min(20, c.Text.Length)]}"))));
        }

        return list;
    }
}
