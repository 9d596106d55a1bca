using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Channels.Tests.Infrastructure;

namespace PolicyBot.Web.Bench;

/// <summary>
/// Load benchmark: N concurrent conversations against the app on 127.0.0.1, through /api/messages (expectReplies, with
/// authentication on) and through Direct Line (post + poll); then the process's memory after 1,000 Direct Line
/// conversations filled to their caps.
/// Usage: dotnet run -c Release --project src/PolicyBot.Web.Bench [turnsPerConversation=200] [maxSecondsPerRun=30] [fillConversations=1000]
/// fillConversations 0 (or the environment variable POLICYBOT_BENCH_SKIP_FILL=1) skips the memory fill.
/// </summary>
internal static class BenchProgram
{
    private const string AppId = "7c1e4b2a-9d3f-4e8a-b6c5-2f0a1d3e5b7c";

    // Not top-level statements: the web project's Program must stay the only Program in scope.
    public static async Task Main(string[] args)
    {
        var turns = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var maxSeconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
        var fill = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000;
        if (Environment.GetEnvironmentVariable("POLICYBOT_BENCH_SKIP_FILL") is "1" or "true")
        {
            fill = 0;
        }
        int[] concurrency = [1, 10, 50];

        // The Bot Framework's identity side on loopback: OpenID metadata + JWKS publishing the bench's key for its channel.
        await using var identity = await LoopbackIdentityServer.StartAsync();
        using var key = new TestSigningKey("bench-key-1", Scenarios.ChannelId);
        identity.ChannelKeys[key.Kid] = key;
        var auth = new ChannelAuth(key, AppId);

        // POLICYBOT_BENCH_AUTH=off runs /api/messages anonymously (development mode), to show what authentication costs.
        var authOn = Environment.GetEnvironmentVariable("POLICYBOT_BENCH_AUTH") is not "off";
        await using var host = new BenchHost(authOn ? identity.BotSettings(AppId, password: "bench-password") : new Dictionary<string, string?>());
        var baseAddress = host.Start();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseAddress };
        Console.WriteLine($"PolicyBot web bench against {baseAddress} — {turns} turns per conversation, at most {maxSeconds} s per run");
        if (authOn)
        {
        Console.WriteLine($"Authentication: ON for api/messages — Bot:MicrosoftAppId {AppId}, OpenID metadata {identity.ChannelMetadataUrl}; " +
                          "RS256 Bot Connector token (iss https://api.botframework.com, aud app id, serviceurl " +
                          $"{Scenarios.ServiceUrl}, key endorses '{Scenarios.ChannelId}') minted once per conversation");
        await CheckAuthenticationAsync(client, auth);
        }
        else
        {
            Console.WriteLine("Authentication: OFF (POLICYBOT_BENCH_AUTH=off): /api/messages in development mode, no token sent");
        }
        Console.WriteLine($"{"scenario",-14} {"N",4} {"turns",7} {"secs",7} {"turns/s",9} {"p50 ms",8} {"p99 ms",8} {"errors",7}");

        (string Name, Conversation Run)[] scenarios = [("api/messages", Scenarios.BotEndpoint(authOn ? auth : null)), ("directline", Scenarios.DirectLineAsync)];
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

        if (fill > 0)
        {
            await MemoryFill.RunAsync(client, fill, host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value);
        }
        else
        {
            Console.WriteLine("Memory fill skipped.");
        }
    }

    /// <summary>Proves the endpoint checks tokens: a token signed by a key the metadata does not publish must get 401, a good one 200.</summary>
    private static async Task CheckAuthenticationAsync(HttpClient client, ChannelAuth auth)
    {
        // Same kid, same claims, different RSA key material: only the signature is wrong.
        using var impostor = new TestSigningKey("bench-key-1", Scenarios.ChannelId);
        var badToken = TestTokens.Channel(impostor, auth.AppId, Scenarios.ServiceUrl, DateTimeOffset.UtcNow);
        using var bad = await Scenarios.PostToBotAsync(client, Scenarios.BotActivity(-100, 0), badToken, CancellationToken.None);
        using var good = await Scenarios.PostToBotAsync(client, Scenarios.BotActivity(-101, 0), auth.Mint(), CancellationToken.None);
        Console.WriteLine($"Auth check: bad signature -> {(int)bad.StatusCode} {bad.StatusCode}, valid token -> {(int)good.StatusCode} {good.StatusCode}");
        if (bad.StatusCode != HttpStatusCode.Unauthorized || good.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException("Authentication is not behaving: expected 401 for the bad token and 200 for the good one.");
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
