using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace PolicyBot.Web.Bench;

/// <summary>The web host exactly as Program composes it (its IBot included), on Kestrel at 127.0.0.1 with a free port.</summary>
/// <remarks>
/// Authentication is on: <paramref name="botSettings"/> carries <c>Bot:MicrosoftAppId</c>, <c>Bot:MicrosoftAppPassword</c>
/// and the metadata URLs of the bench's loopback identity server, so /api/messages validates every bearer token.
/// </remarks>
internal sealed class BenchHost(IReadOnlyDictionary<string, string?> botSettings) : WebApplicationFactory<Program>
{
    /// <summary>The Direct Line secret the bench mints conversations with.</summary>
    public static readonly string Secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    /// <summary>Live Direct Line conversations allowed: the memory fill's 1,000 plus the latency runs' (warm-up included).</summary>
    public const int MaxConversations = 1_200;

    public Uri Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var uri = new Uri(address);
        return IPAddress.IsLoopback(IPAddress.Parse(uri.Host))
            ? uri
            : throw new InvalidOperationException($"The bench only drives loopback traffic, not {uri}.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(WebProjectDirectory());
        // Per-conversation logging would dominate the numbers; warnings and errors from the bot still show.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>(botSettings)
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
            // All bench traffic comes from one loopback address and polls every 20 ms: lift the per-client limits.
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:RateLimits:ConversationsPerMinutePerClient"] = "1000000",
            ["DirectLine:RateLimits:TokenRefreshesPerMinutePerClient"] = "1000000",
            ["DirectLine:RateLimits:PostsPerMinutePerConversation"] = "1000000",
            ["DirectLine:RateLimits:PostBurstPerConversation"] = "100000",
            ["DirectLine:RateLimits:ReadsPerMinutePerConversation"] = "1000000",
            ["DirectLine:RateLimits:ReadBurstPerConversation"] = "100000",
            // The memory fill keeps 1,000 conversations alive at once; the caps themselves stay at their defaults.
            ["DirectLine:MaxConversations"] = MaxConversations.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    // The factory's own content-root lookup guesses "<solution>/PolicyBot.Web"; the project lives under src/.
    private static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "PolicyBot.Web");
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return AppContext.BaseDirectory;
    }
}
