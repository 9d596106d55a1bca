using PolicyBot.Channels.Authentication;
using static PolicyBot.Channels.Tests.Authentication.AuthenticationTestHost;

namespace PolicyBot.Channels.Tests.Authentication;

public sealed class ConnectorTokenProviderTests
{
    private static readonly Uri Connector = new(ServiceUrl);

    [Fact]
    public async Task MultiTenant_FirstCall_PostsClientCredentialsToBotFrameworkTenant()
    {
        await using var host = await StartAsync();

        var token = await host.TokenProvider.GetTokenAsync(Connector, CancellationToken.None);

        Assert.Equal("connector-token-1", token);
        var request = Assert.Single(host.Server.TokenRequests);
        Assert.Equal("botframework.com", request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(AppId, request.Form["client_id"]);
        Assert.Equal("test-secret", request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task SecondCall_ServedFromCache()
    {
        await using var host = await StartAsync();

        var first = await host.TokenProvider.GetTokenAsync(Connector, CancellationToken.None);
        var second = await host.TokenProvider.GetTokenAsync(new Uri("https://directline.botframework.com/"), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(host.Server.TokenRequests);
    }

    [Fact]
    public async Task SingleTenant_RequestsTokenFromOwnTenant()
    {
        await using var host = await StartAsync(settings =>
        {
            settings["Bot:MicrosoftAppType"] = "singletenant"; // read case-insensitively, as the SDK does
            settings["Bot:MicrosoftAppTenantId"] = TenantId;
        });

        await host.TokenProvider.GetTokenAsync(Connector, CancellationToken.None);

        Assert.Equal(TenantId, Assert.Single(host.Server.TokenRequests).Tenant);
    }

    [Fact]
    public async Task TokenWithinFiveMinutesOfExpiry_IsRenewed()
    {
        await using var host = await StartAsync();
        host.Server.TokenLifetimeSeconds = 240; // inside MSAL's 5-minute refresh margin from the start

        var first = await host.TokenProvider.GetTokenAsync(Connector, CancellationToken.None);
        var second = await host.TokenProvider.GetTokenAsync(Connector, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(2, host.Server.TokenRequests.Count);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneRequest()
    {
        await using var host = await StartAsync();
        host.Server.TokenDelay = TimeSpan.FromMilliseconds(300);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => host.TokenProvider.GetTokenAsync(Connector, CancellationToken.None).AsTask()));

        Assert.All(tokens, token => Assert.Equal("connector-token-1", token));
        Assert.Single(host.Server.TokenRequests);
    }

    [Fact]
    public async Task EndpointRejectsCredentials_ThrowsConnectorTokenException()
    {
        await using var host = await StartAsync();
        host.Server.RejectTokenRequests = true;

        var exception = await Assert.ThrowsAsync<ConnectorTokenException>(
            () => host.TokenProvider.GetTokenAsync(Connector, CancellationToken.None).AsTask());

        Assert.Contains("invalid_client", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("test-secret", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAppId_NoTokenAndNoRequest()
    {
        await using var host = await StartAsync(settings => { settings["Bot:MicrosoftAppId"] = ""; settings["Bot:MicrosoftAppPassword"] = ""; });

        Assert.Null(await host.TokenProvider.GetTokenAsync(Connector, CancellationToken.None));
        Assert.Empty(host.Server.TokenRequests);
    }
}
