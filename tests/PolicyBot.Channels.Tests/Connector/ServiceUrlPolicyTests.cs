using Microsoft.Extensions.Options;
using PolicyBot.Channels.Connector;
using PolicyBot.Channels.Hosting;

namespace PolicyBot.Channels.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(params string[] allowed) =>
        new(Options.Create(new BotOptions { AllowedServiceUrls = allowed }));

    [Theory]
    [InlineData("http://localhost:3979/")]
    [InlineData("http://127.0.0.1:50123/")]
    [InlineData("http://[::1]:50123/")]
    public void Anonymous_LoopbackEmulator_IsAllowed(string serviceUrl)
    {
        Assert.NotNull(Policy().Check(serviceUrl, authenticated: false).Url);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://example.invalid/")]
    [InlineData("http://2130706433:3978/")] // 127.0.0.1 in decimal
    [InlineData("http://0x7f000001/")]
    [InlineData("http://user:pass@127.0.0.1:3978/")]
    [InlineData("http://127.0.0.1:3978@example.invalid/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("/relative")]
    [InlineData(null)]
    public void Anonymous_AnythingElse_IsRefusedWithAReason(string? serviceUrl)
    {
        var (url, refusal) = Policy().Check(serviceUrl, authenticated: false);

        Assert.Null(url);
        Assert.False(string.IsNullOrEmpty(refusal));
    }

    [Fact]
    public void Anonymous_AllowListedPrefix_IsAllowedOnlyUnderThatPrefix()
    {
        var policy = Policy("https://bots.example.com/emulator/");

        Assert.NotNull(policy.Check("https://bots.example.com/emulator/v3/", authenticated: false).Url);
        Assert.Null(policy.Check("https://bots.example.com/other/", authenticated: false).Url);
        Assert.Null(policy.Check("http://bots.example.com/emulator/", authenticated: false).Url);
        Assert.Null(policy.Check("https://bots.example.com:8443/emulator/", authenticated: false).Url);
    }

    [Fact]
    public void Authenticated_HttpsChannel_IsAllowedButPlainHttpElsewhereIsNot()
    {
        Assert.NotNull(Policy().Check("https://smba.trafficmanager.net/amer/", authenticated: true).Url);
        Assert.NotNull(Policy().Check("https://smba.trafficmanager.net:443/amer/", authenticated: true).Url);
        Assert.Null(Policy().Check("http://smba.trafficmanager.net/amer/", authenticated: true).Url);
        Assert.Null(Policy().Check("https://u:p@smba.trafficmanager.net/", authenticated: true).Url);
    }
}
