using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Http;

/// <summary>Forwarded headers are believed from a configured proxy only: the per-client rate limit then sees the real client.</summary>
public sealed class ForwardedHeadersTests(PolicyBotWebFactory factory) : IClassFixture<PolicyBotWebFactory>
{
    private const string Proxy = "10.0.0.5";

    private WebApplicationFactory<Program> Host(bool proxyConfigured) => factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("DirectLine:RateLimits:ConversationsPerMinutePerClient",
            new DirectLineRateLimits().ConversationsPerMinutePerClient.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (proxyConfigured)
        {
            builder.UseSetting("Hosting:KnownProxies:0", Proxy);
        }
    });

    [Fact]
    public async Task BehindAConfiguredProxy_EachForwardedClientHasItsOwnLimit()
    {
        using var host = Host(proxyConfigured: true);
        var limit = new DirectLineRateLimits().ConversationsPerMinutePerClient;

        var first = new List<int>();
        for (var i = 0; i <= limit; i++)
        {
            first.Add((await TokenAsync(host.Server, forwardedFor: "203.0.113.7")).Response.StatusCode);
        }
        var other = await TokenAsync(host.Server, forwardedFor: "198.51.100.9");

        Assert.Equal(Enumerable.Repeat(200, limit).Append(429), first);
        Assert.Equal(200, other.Response.StatusCode);
        Assert.Equal(IPAddress.Parse("198.51.100.9"), other.Connection.RemoteIpAddress);
    }

    [Fact]
    public async Task WithoutAConfiguredProxy_ForwardedForCannotDodgeTheLimit()
    {
        using var host = Host(proxyConfigured: false);
        var limit = new DirectLineRateLimits().ConversationsPerMinutePerClient;

        var statuses = new List<int>();
        for (var i = 0; i <= limit; i++)
        {
            statuses.Add((await TokenAsync(host.Server, forwardedFor: $"203.0.113.{i + 1}")).Response.StatusCode); // a new "client" each time
        }

        Assert.Equal(Enumerable.Repeat(200, limit).Append(429), statuses);
    }

    private static Task<HttpContext> TokenAsync(TestServer server, string forwardedFor) =>
        server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/api/webchat/token";
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{}"));
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
        });
}
