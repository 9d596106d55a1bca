using Microsoft.Extensions.Configuration;
using PolicyBot.Channels.Hosting;

namespace PolicyBot.Channels.Tests.Hosting;

public sealed class BotOptionsValidatorTests
{
    private const string AppId = "3f2d8c4e-1a2b-4c5d-8e9f-0a1b2c3d4e5f";
    private const string TenantId = "7c6b5a49-3827-4165-9e8d-7c6b5a493827";

    [Fact]
    public void Defaults_DevelopmentMode_Valid() => Assert.True(Validate(new BotOptions()).Succeeded);

    [Theory]
    [InlineData("MultiTenant", "secret", "")]
    [InlineData("SingleTenant", "secret", TenantId)]
    [InlineData("UserAssignedMsi", "", TenantId)]
    public void CompleteRegistration_Valid(string appType, string password, string tenant)
    {
        var result = Validate(Bind(appType, password, tenant));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("MultiTenant", "", "", "Bot:MicrosoftAppPassword")]
    [InlineData("SingleTenant", "secret", "", "Bot:MicrosoftAppTenantId")]
    [InlineData("SingleTenant", "", TenantId, "Bot:MicrosoftAppPassword")]
    [InlineData("UserAssignedMsi", "secret", TenantId, "Bot:MicrosoftAppPassword")]
    [InlineData("UserAssignedMsi", "", "", "Bot:MicrosoftAppTenantId")]
    public void IncompleteRegistration_Fails(string appType, string password, string tenant, string named)
    {
        var result = Validate(Bind(appType, password, tenant));

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("userassignedmsi", BotAppType.UserAssignedMsi)]
    [InlineData("SINGLETENANT", BotAppType.SingleTenant)]
    public void AppType_ReadCaseInsensitively(string value, BotAppType expected) =>
        Assert.Equal(expected, Bind(value, "", TenantId).MicrosoftAppType);

    [Theory]
    [InlineData("OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("EntraOpenIdMetadataUrl", "not a url")]
    [InlineData("TokenEndpoint", "http://login.microsoftonline.com/{tenant}/oauth2/v2.0/token")]
    [InlineData("TokenEndpoint", "https://login.microsoftonline.com/{tenant}/token")]
    public void InsecureOrMalformedUrl_Fails(string key, string value)
    {
        var options = Bind("MultiTenant", "secret", "", (key, value));

        Assert.Contains("Bot:" + key, Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123/keys/.well-known/openidconfiguration")]
    [InlineData("http://localhost:5123/keys/.well-known/openidconfiguration")]
    public void HttpUrlOnLoopback_Valid(string url) =>
        Assert.True(Validate(Bind("MultiTenant", "secret", "", ("OpenIdMetadataUrl", url))).Succeeded);

    [Theory]
    [InlineData(BotAppType.MultiTenant, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData(BotAppType.SingleTenant, "https://login.microsoftonline.com/" + TenantId + "/oauth2/v2.0/token")]
    public void ResolvedTokenEndpoint_TenantPerAppType(BotAppType appType, string expected) =>
        Assert.Equal(expected, new BotOptions { MicrosoftAppType = appType, MicrosoftAppTenantId = TenantId }.ResolvedTokenEndpoint);

    private static BotOptions Bind(string appType, string password, string tenant, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = AppId,
            ["Bot:MicrosoftAppType"] = appType,
            ["Bot:MicrosoftAppPassword"] = password,
            ["Bot:MicrosoftAppTenantId"] = tenant,
        };
        foreach (var (key, value) in extra)
        {
            settings["Bot:" + key] = value;
        }
        var options = new BotOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(BotOptions.SectionName).Bind(options);
        return options;
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(BotOptions options) =>
        new BotOptionsValidator().Validate(null, options);
}
