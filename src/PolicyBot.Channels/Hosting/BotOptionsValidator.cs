using System.Net;
using Microsoft.Extensions.Options;

namespace PolicyBot.Channels.Hosting;

/// <summary>Rejects inconsistent bot settings at start rather than on the first turn.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (options.IsDevelopmentMode && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add("Bot:MicrosoftAppPassword is set but Bot:MicrosoftAppId is empty.");
        }
        if (!options.IsDevelopmentMode)
        {
            ValidateRegistration(options, failures);
        }
        ValidateUrl(nameof(BotOptions.OpenIdMetadataUrl), options.OpenIdMetadataUrl, failures);
        ValidateUrl(nameof(BotOptions.EntraOpenIdMetadataUrl), options.EntraOpenIdMetadataUrl, failures);
        ValidateUrl(nameof(BotOptions.TokenEndpoint), options.TokenEndpoint.Replace(BotOptions.TenantPlaceholder,
            BotOptions.MultiTenantTokenTenant, StringComparison.OrdinalIgnoreCase), failures);
        if (!options.TokenEndpoint.TrimEnd('/').EndsWith("/oauth2/v2.0/token", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Bot:TokenEndpoint must end with /oauth2/v2.0/token.");
        }
        if (string.IsNullOrWhiteSpace(options.OAuthScope))
        {
            failures.Add("Bot:OAuthScope must not be empty.");
        }
        if (options.MaxRequestBytes is < 1024 or > 4 * 1024 * 1024)
        {
            failures.Add("Bot:MaxRequestBytes must be between 1 KB and 4 MB.");
        }
        if (options.ConnectorTimeout <= TimeSpan.Zero)
        {
            failures.Add("Bot:ConnectorTimeout must be positive.");
        }
        if (options.MaxConcurrentDeliveries is < 1 or > 64)
        {
            failures.Add("Bot:MaxConcurrentDeliveries must be between 1 and 64.");
        }
        if (options.MaxQueuedTurns < 1)
        {
            failures.Add("Bot:MaxQueuedTurns must be positive.");
        }
        if (options.DeliveryDeadline < options.ConnectorTimeout)
        {
            failures.Add("Bot:DeliveryDeadline must be at least Bot:ConnectorTimeout.");
        }
        foreach (var allowed in options.AllowedServiceUrls)
        {
            if (!Uri.TryCreate(allowed, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0)
            {
                failures.Add($"Bot:AllowedServiceUrls entry '{allowed}' is not an absolute http(s) URL without credentials.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRegistration(BotOptions options, List<string> failures)
    {
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("Bot:MicrosoftAppId must be a GUID.");
        }
        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (options.MicrosoftAppType)
        {
            case BotAppType.MultiTenant when !hasPassword:
                failures.Add("Bot:MicrosoftAppPassword is required for a MultiTenant Bot:MicrosoftAppType.");
                break;
            case BotAppType.SingleTenant when !hasPassword || !hasTenant:
                failures.Add("Bot:MicrosoftAppPassword and Bot:MicrosoftAppTenantId are required for a SingleTenant Bot:MicrosoftAppType.");
                break;
            case BotAppType.UserAssignedMsi when hasPassword || !hasTenant:
                failures.Add("Bot:MicrosoftAppTenantId is required and Bot:MicrosoftAppPassword must be empty for a UserAssignedMsi Bot:MicrosoftAppType.");
                break;
        }
    }

    private static void ValidateUrl(string key, string value, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri))))
        {
            failures.Add($"Bot:{key} must be an absolute https URL (http only for a loopback host).");
        }
    }

    /// <summary>True for localhost and loopback addresses, where tests run their fake identity servers over http.</summary>
    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
