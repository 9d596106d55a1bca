using PolicyBot.Channels.Tests.Infrastructure;
using static PolicyBot.Channels.Tests.Authentication.AuthenticationTestHost;

namespace PolicyBot.Channels.Tests.Authentication;

public sealed class BotFrameworkAuthenticatorTests
{
    [Fact]
    public async Task ChannelToken_Valid_AcceptedAsEndorsedChannelWithAzureCallerId()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now);

        var result = await host.AuthenticateAsync(token, Message("msteams"));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal("msteams", result.TrustedChannelId);
        Assert.Equal("urn:botframework:azure", result.CallerId);
    }

    [Fact]
    public async Task ChannelToken_AudienceApiUri_Accepted()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Sign(host.ChannelKey, TestTokens.BotFrameworkIssuer, "api://" + AppId, host.Now,
            new Dictionary<string, object> { ["serviceurl"] = ServiceUrl });

        Assert.True((await host.AuthenticateAsync(token, Message())).Succeeded);
    }

    [Fact]
    public async Task ChannelToken_WrongIssuer_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now, issuer: "https://api.botframework.com.evil.example");

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task ChannelToken_WrongAudience_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, Guid.NewGuid().ToString(), ServiceUrl, host.Now);

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Theory]
    [InlineData(-6, false)] // expired beyond the 5-minute skew
    [InlineData(-4, true)]  // expired, but within the skew
    public async Task ChannelToken_Expired_RejectedOnlyBeyondClockSkew(int expiredMinutes, bool accepted)
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now,
            notBeforeOffset: TimeSpan.FromHours(-1), expiresOffset: TimeSpan.FromMinutes(expiredMinutes));

        var result = await host.AuthenticateAsync(token, Message());

        Assert.Equal(accepted, result.Succeeded);
        Assert.Equal(accepted ? 200 : 401, result.StatusCode);
    }

    [Fact]
    public async Task ChannelToken_ExpiresWhileCachedKeysStay_RejectedOnceTheClockPassesExpiry()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now, expiresOffset: TimeSpan.FromMinutes(10));
        Assert.True((await host.AuthenticateAsync(token, Message())).Succeeded);

        host.Time.Advance(TimeSpan.FromMinutes(16));

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task ChannelToken_NotYetValid_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now,
            notBeforeOffset: TimeSpan.FromMinutes(6), expiresOffset: TimeSpan.FromHours(1));

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task ChannelToken_Unsigned_AlgNone_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Unsigned("key-1", TestTokens.BotFrameworkIssuer, AppId, ServiceUrl, host.Now);

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task ChannelToken_Hs256WithAttackerSecret_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Hs256("key-1", "attacker-chosen-secret-0123456789abcdef", TestTokens.BotFrameworkIssuer, AppId, ServiceUrl, host.Now);

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task ChannelToken_UnknownKey_401()
    {
        await using var host = await StartAsync();
        using var stranger = new TestSigningKey("key-stranger", "msteams");
        var token = TestTokens.Channel(stranger, AppId, ServiceUrl, host.Now);

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task ChannelToken_KeyPublishedAfterFirstFetch_AcceptedAfterRefreshOnUnknownKid()
    {
        await using var host = await StartAsync();
        Assert.True((await host.AuthenticateAsync(TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now), Message())).Succeeded);
        Assert.Equal(1, host.Server.ChannelKeyFetches);
        host.Time.Advance(TimeSpan.FromMinutes(6)); // past the minimum interval between forced refreshes

        var rotated = new TestSigningKey("key-2", "msteams");
        host.Server.ChannelKeys["key-2"] = rotated;
        var result = await host.AuthenticateAsync(TestTokens.Channel(rotated, AppId, ServiceUrl, host.Now), Message());

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(2, host.Server.ChannelKeyFetches);
    }

    [Fact]
    public async Task ChannelToken_UnknownKidsInAFlood_RefetchKeysAtMostOncePerInterval()
    {
        await using var host = await StartAsync();
        using var stranger = new TestSigningKey("key-stranger", "msteams");
        Assert.True((await host.AuthenticateAsync(TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now), Message())).Succeeded);
        host.Time.Advance(TimeSpan.FromMinutes(6));

        for (var i = 0; i < 5; i++)
        {
            AssertFails(401, await host.AuthenticateAsync(TestTokens.Channel(stranger, AppId, ServiceUrl, host.Now), Message()));
        }

        Assert.Equal(2, host.Server.ChannelKeyFetches);
    }

    [Fact]
    public async Task ChannelToken_KeyDoesNotEndorseChannel_403()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now);

        AssertFails(403, await host.AuthenticateAsync(token, Message("directline")));
    }

    [Fact]
    public async Task ChannelToken_KeyWithoutEndorsements_403()
    {
        await using var host = await StartAsync();
        var bare = new TestSigningKey("key-bare") { Endorsements = null };
        host.Server.ChannelKeys["key-bare"] = bare;

        AssertFails(403, await host.AuthenticateAsync(TestTokens.Channel(bare, AppId, ServiceUrl, host.Now), Message("msteams")));
    }

    [Fact]
    public async Task ChannelToken_ActivityWithoutChannelId_PassesEndorsementCheck()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now);

        var result = await host.AuthenticateAsync(token, Message(channelId: null));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal("unknown", result.TrustedChannelId);
    }

    [Fact]
    public async Task ChannelToken_ServiceUrlMismatch_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, "https://attacker.example/amer/", host.Now);

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task ChannelToken_ServiceUrlDiffersInCaseAndTrailingSlash_Accepted()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, "HTTPS://SMBA.trafficmanager.net/amer", host.Now);

        Assert.True((await host.AuthenticateAsync(token, Message())).Succeeded);
    }

    [Fact]
    public async Task ChannelToken_WithoutServiceUrlClaim_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Sign(host.ChannelKey, TestTokens.BotFrameworkIssuer, AppId, host.Now, new Dictionary<string, object>());

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task AppIdConfigured_NoAuthorizationHeader_401()
    {
        await using var host = await StartAsync();

        AssertFails(401, await host.Authenticator.AuthenticateAsync(null, Message(), CancellationToken.None));
        AssertFails(401, await host.Authenticator.AuthenticateAsync("", Message(), CancellationToken.None));
    }

    [Theory]
    [InlineData("Basic x")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer {token}")]
    [InlineData("Bearer  {token}")]
    [InlineData("Bearer {token} extra")]
    [InlineData("Bearer not-a-jwt")]
    public async Task MalformedAuthorizationHeader_401(string header)
    {
        await using var host = await StartAsync();
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now);

        var result = await host.Authenticator.AuthenticateAsync(header.Replace("{token}", token), Message(), CancellationToken.None);

        AssertFails(401, result);
    }

    [Fact]
    public async Task NoAppId_NoHeader_AnonymousDevelopmentMode()
    {
        await using var host = await StartAsync(settings => { settings["Bot:MicrosoftAppId"] = ""; settings["Bot:MicrosoftAppPassword"] = ""; });

        var result = await host.Authenticator.AuthenticateAsync(null, Message("msteams"), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("anonymous", result.TrustedChannelId);
        Assert.Null(result.CallerId);
    }

    [Fact]
    public async Task NoAppId_WithHeader_401()
    {
        await using var host = await StartAsync(settings => { settings["Bot:MicrosoftAppId"] = ""; settings["Bot:MicrosoftAppPassword"] = ""; });
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now);

        AssertFails(401, await host.AuthenticateAsync(token, Message()));
    }

    [Fact]
    public async Task MetadataUnreachable_503SoTheChannelRetries()
    {
        await using var host = await StartAsync(settings => settings["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:1/botframework/.well-known/openidconfiguration");
        var token = TestTokens.Channel(host.ChannelKey, AppId, ServiceUrl, host.Now);

        var result = await host.AuthenticateAsync(token, Message());

        AssertFails(503, result);
        Assert.Equal("Signing keys unavailable.", result.Reason);
    }

    [Theory]
    [InlineData(TestTokens.EmulatorIssuerV1, "1.0")]
    [InlineData(TestTokens.EmulatorIssuerV2, "2.0")]
    public async Task EmulatorToken_ForOurAppId_AcceptedWithActivityChannel(string issuer, string version)
    {
        await using var host = await StartAsync();
        var token = TestTokens.Entra(host.EntraKey, issuer, AppId, AppId, host.Now, version);

        var result = await host.AuthenticateAsync(token, Message("emulator"));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal("emulator", result.TrustedChannelId);
        Assert.Null(result.CallerId);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EmulatorToken_ForAnotherAppId_401(string version)
    {
        await using var host = await StartAsync();
        var issuer = version == "2.0" ? TestTokens.EmulatorIssuerV2 : TestTokens.EmulatorIssuerV1;
        var token = TestTokens.Entra(host.EntraKey, issuer, AppId, Guid.NewGuid().ToString(), host.Now, version);

        AssertFails(401, await host.AuthenticateAsync(token, Message("emulator")));
    }

    [Fact]
    public async Task EmulatorToken_WithoutVersionClaim_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Sign(host.EntraKey, TestTokens.EmulatorIssuerV1, AppId, host.Now,
            new Dictionary<string, object> { ["appid"] = AppId });

        AssertFails(401, await host.AuthenticateAsync(token, Message("emulator")));
    }

    [Fact]
    public async Task EmulatorToken_SignedByChannelKeyNotInEntraKeys_401()
    {
        await using var host = await StartAsync();
        var token = TestTokens.Entra(host.ChannelKey, TestTokens.EmulatorIssuerV1, AppId, AppId, host.Now);

        AssertFails(401, await host.AuthenticateAsync(token, Message("emulator")));
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + TenantId + "/", "1.0")]
    [InlineData("https://login.microsoftonline.com/" + TenantId + "/v2.0", "2.0")]
    public async Task SingleTenant_OwnTenantIssuerWithTid_Accepted(string issuer, string version)
    {
        await using var host = await StartAsync(SingleTenant);
        var token = TestTokens.Entra(host.EntraKey, issuer, AppId, AppId, host.Now, version, tenantId: TenantId);

        var result = await host.AuthenticateAsync(token, Message("emulator"));

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task SingleTenant_AnotherTenantsIssuer_401()
    {
        await using var host = await StartAsync(SingleTenant);
        var other = Guid.NewGuid().ToString();
        var token = TestTokens.Entra(host.EntraKey, $"https://sts.windows.net/{other}/", AppId, AppId, host.Now, tenantId: other);

        AssertFails(401, await host.AuthenticateAsync(token, Message("emulator")));
    }

    [Fact]
    public async Task MultiTenant_TenantIssuerEvenWithMatchingTid_401()
    {
        await using var host = await StartAsync(settings => settings["Bot:MicrosoftAppTenantId"] = TenantId);
        var token = TestTokens.Entra(host.EntraKey, $"https://sts.windows.net/{TenantId}/", AppId, AppId, host.Now, tenantId: TenantId);

        AssertFails(401, await host.AuthenticateAsync(token, Message("emulator")));
    }

    private static void SingleTenant(Dictionary<string, string?> settings)
    {
        settings["Bot:MicrosoftAppType"] = "SingleTenant";
        settings["Bot:MicrosoftAppTenantId"] = TenantId;
    }

    private static void AssertFails(int status, Channels.Adapter.AuthenticationResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(status, result.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }
}
