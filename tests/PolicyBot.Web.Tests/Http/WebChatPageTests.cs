using System.Net;
using PolicyBot.Web.Tests.Infrastructure;

namespace PolicyBot.Web.Tests.Http;

public sealed class WebChatPageTests(PolicyBotWebFactory factory) : IClassFixture<PolicyBotWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Root_ServesChinesePageThatLoadsLocalBundleAndOwnDirectLine()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var script = await _client.GetStringAsync("/app.js");
        Assert.Contains("<title>PolicyBot 惠企政策助手</title>", html);
        Assert.Contains("<script src=\"/lib/webchat.js\"></script>", html);
        Assert.Contains("<script src=\"/app.js\"></script>", html);
        Assert.DoesNotContain("<script>", html); // no inline script: the CSP allows only the host's own files
        Assert.Contains("location.origin + '/v3/directline'", script);
        Assert.Contains("locale: 'zh-CN'", script);
        Assert.Contains("/api/webchat/token", script);
        Assert.DoesNotContain("/v3/directline/tokens/generate", script);
        Assert.DoesNotContain("cdn.botframework.com", html + script);
        Assert.Contains("bundle is missing", script); // shown when the build could not fetch it
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/v3/directline/conversations/x/activities")]
    public async Task EveryResponse_CarriesSecurityHeaders(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com", csp);
    }

    [Fact]
    public async Task ForwardedFor_FromAnUnknownProxy_IsNotBelieved()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await _client.SendAsync(request);

        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // the request did not become https
    }

    [Fact]
    public async Task Bundle_IsServedLocally_OrMissingWhenTheBuildCouldNotFetchIt()
    {
        var bundle = new FileInfo(Path.Combine(ExternalProcess.RepositoryRoot(), "src", "PolicyBot.Web", "wwwroot", "lib", "webchat.js"));

        var response = await _client.GetAsync("/lib/webchat.js");

        if (bundle.Exists)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(bundle.Length, response.Content.Headers.ContentLength);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // the page then shows its "bundle is missing" notice
        }
    }
}
