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
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot>(Bot);
        });
    }
}
