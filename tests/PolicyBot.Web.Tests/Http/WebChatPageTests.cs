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
        Assert.Contains("<title>PolicyBot 惠企政策助手</title>", html);
        Assert.Contains("<script src=\"/lib/webchat.js\"></script>", html);
        Assert.Contains("location.origin + '/v3/directline'", html);
        Assert.Contains("locale: 'zh-CN'", html);
        Assert.Contains("/api/webchat/token", html);
        Assert.DoesNotContain("/v3/directline/tokens/generate", html);
        Assert.DoesNotContain("cdn.botframework.com", html);
        Assert.Contains("bundle is missing", html); // shown when the build could not fetch it
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
