using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyBot.Schema;

namespace PolicyBot.Web.Tests.Infrastructure;

/// <summary>
/// The web host with the test bot. In-memory TestServer by default;
/// <see cref="StartOnLoopback"/> switches to Kestrel on 127.0.0.1 with a free port for real clients.
/// </summary>
public sealed class PolicyBotWebFactory : WebApplicationFactory<Program>
{
    /// <summary>The Direct Line secret the tests mint conversations with.</summary>
    public const string Secret = "test-direct-line-secret-0123456789abcdef";

    public TestBot Bot { get; } = new();

    /// <summary>Starts Kestrel on a free loopback port and returns the base address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses!.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DirectLine:Secret", Secret);
        // Every test request comes from one address (TestServer has none) and a real client polls at 5/s: raise the
        // limits here; the rate-limit tests lower them again.
        builder.UseSetting("DirectLine:RateLimits:ConversationsPerMinutePerClient", "100000");
        builder.UseSetting("DirectLine:MaxConversationsPerClient", "100000");
        builder.UseSetting("DirectLine:RateLimits:TokenRefreshesPerMinutePerClient", "100000");
        builder.UseSetting("DirectLine:RateLimits:ReadsPerMinutePerConversation", "100000");
        builder.UseSetting("DirectLine:RateLimits:ReadBurstPerConversation", "1000");
        builder.UseSetting("DirectLine:RateLimits:PostsPerMinutePerConversation", "100000");
        builder.UseSetting("DirectLine:RateLimits:PostBurstPerConversation", "1000");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot>(Bot);
        });
    }
}
