using System.Diagnostics;

namespace PolicyBot.Web.Bench;

/// <summary>
/// Load benchmark: N concurrent conversations against the app on 127.0.0.1, through /api/messages (expectReplies)
/// and through Direct Line (post + poll).
/// Usage: dotnet run -c Release --project src/PolicyBot.Web.Bench [turnsPerConversation=200] [maxSecondsPerRun=30]
/// </summary>
internal static class BenchProgram
{
    // Not top-level statements: the web project's Program must stay the only Program in scope.
    public static async Task Main(string[] args)
    {
        var turns = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var maxSeconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
        int[] concurrency = [1, 10, 50];

        await using var host = new BenchHost();
        var baseAddress = host.Start();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseAddress };
        Console.WriteLine($"PolicyBot web bench against {baseAddress} — {turns} turns per conversation, at most {maxSeconds} s per run");
        Console.WriteLine($"{"scenario",-14} {"N",4} {"turns",7} {"secs",7} {"turns/s",9} {"p50 ms",8} {"p99 ms",8} {"errors",7}");

        (string Name, Conversation Run)[] scenarios = [("api/messages", Scenarios.BotEndpointAsync), ("directline", Scenarios.DirectLineAsync)];
        foreach (var (name, run) in scenarios)
        {
            // Warm up connections and let tiered JIT reach its optimized code: a server's steady state is what is measured.
            await Task.WhenAll(Enumerable.Range(0, 10).Select(i => run(client, -1 - i, 100, CancellationToken.None)));
            await Task.Delay(TimeSpan.FromSeconds(2));
            foreach (var n in concurrency)
            {
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(maxSeconds));
                var started = Stopwatch.GetTimestamp();
                var results = await Task.WhenAll(Enumerable.Range(0, n).Select(i => run(client, i + (n * 1000), turns, deadline.Token)));
                var elapsed = Stopwatch.GetElapsedTime(started);
                var latencies = results.SelectMany(r => r.Latencies).Select(l => l.TotalMilliseconds).Order().ToArray();
                var errors = results.Sum(r => r.Errors);
                Console.WriteLine($"{name,-14} {n,4} {latencies.Length,7} {elapsed.TotalSeconds,7:F2} {latencies.Length / elapsed.TotalSeconds,9:F0} " +
                                  $"{Percentile(latencies, 0.50),8:F2} {Percentile(latencies, 0.99),8:F2} {errors,7}");
            }
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
