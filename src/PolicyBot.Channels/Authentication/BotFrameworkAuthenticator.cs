using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PolicyBot.Channels.Adapter;
using PolicyBot.Channels.Hosting;
using PolicyBot.Schema;
using static PolicyBot.Channels.Authentication.AuthenticationConstants;

namespace PolicyBot.Channels.Authentication;

/// <summary>
/// Validates the bearer token of a request to the bot endpoint as the Bot Framework protocol requires: Bot Connector
/// tokens (issuer <c>https://api.botframework.com</c>) against the Bot Framework keys, with channel endorsements and
/// the <c>serviceurl</c> claim; Emulator and single-tenant Entra tokens against the Entra keys, with the app id claim.
/// With no App ID configured, only requests without an Authorization header are accepted (anonymous development mode).
/// </summary>
/// <remarks>
/// Failures are 401, except a channel the signing key does not endorse (403, as the protocol docs require) and
/// signing keys that cannot be fetched at all (503: the fault is ours, and a 503 makes the channel retry the
/// activity instead of dropping it as unauthorized).
/// </remarks>
public sealed partial class BotFrameworkAuthenticator : IRequestAuthenticator
{
    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly OpenIdMetadataCache _channelMetadata;
    private readonly OpenIdMetadataCache _entraMetadata;
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Creates the authenticator with one metadata cache per issuer family.</summary>
    public BotFrameworkAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time,
        ILogger<BotFrameworkAuthenticator> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _channelMetadata = new OpenIdMetadataCache(_options.OpenIdMetadataUrl, httpClientFactory, time, logger);
        _entraMetadata = new OpenIdMetadataCache(_options.EntraOpenIdMetadataUrl, httpClientFactory, time, logger);
    }

    /// <inheritdoc />
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (_options.IsDevelopmentMode)
        {
            // The SDK would still validate a token here, but without an App ID there is no audience to validate it against.
            return string.IsNullOrEmpty(authorizationHeader)
                ? AuthenticationResult.Anonymous
                : AuthenticationResult.Fail(401, "An Authorization header was sent but no App ID is configured to validate it.");
        }
        if (!TryReadBearerToken(authorizationHeader, out var token))
        {
            return AuthenticationResult.Fail(401, "The Authorization header is missing or is not 'Bearer <token>'.");
        }
        var issuer = token.Issuer;
        if (string.Equals(issuer, BotFrameworkIssuer, StringComparison.Ordinal))
        {
            return await AuthenticateChannelAsync(token, activity, cancellationToken).ConfigureAwait(false);
        }
        if (IsEntraIssuer(token, issuer))
        {
            return await AuthenticateEntraAsync(token, activity, cancellationToken).ConfigureAwait(false);
        }
        return AuthenticationResult.Fail(401, "The token's issuer is not trusted.");
    }

    private async Task<AuthenticationResult> AuthenticateChannelAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationResult.Fail(401, "The token names no signing key.");
        }
        var (failure, configuration) = await ValidateAsync(_channelMetadata, token, [BotFrameworkIssuer], cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }
        if (!string.IsNullOrEmpty(activity.ChannelId) && !Endorsements.Of(configuration!, token.Kid).Contains(activity.ChannelId))
        {
            return AuthenticationResult.Fail(403, "The token's signing key does not endorse the activity's channel.");
        }
        if (!token.TryGetClaim(ServiceUrlClaim, out var serviceUrl) || !SameServiceUrl(serviceUrl.Value, activity.ServiceUrl))
        {
            return AuthenticationResult.Fail(401, "The token's serviceurl claim does not match the activity's serviceUrl.");
        }
        return AuthenticationResult.Channel(activity.ChannelId, AzureCallerId);
    }

    private async Task<AuthenticationResult> AuthenticateEntraAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var (failure, _) = await ValidateAsync(_entraMetadata, token, [token.Issuer], cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }
        if (!token.TryGetClaim(VersionClaim, out var version))
        {
            return AuthenticationResult.Fail(401, "The token has no 'ver' claim.");
        }
        var appIdClaim = version.Value switch
        {
            "" or "1.0" => AppIdClaim,
            "2.0" => AuthorizedPartyClaim,
            _ => null,
        };
        if (appIdClaim is null)
        {
            return AuthenticationResult.Fail(401, "The token's version is not supported.");
        }
        if (!token.TryGetClaim(appIdClaim, out var appId) || !string.Equals(appId.Value, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail(401, "The token was not issued to this bot's App ID.");
        }
        // Entra tokens are minted with the bot's own credentials; nothing endorses a channel, so the activity's claim stands.
        return AuthenticationResult.Entra(activity.ChannelId);
    }

    private bool IsEntraIssuer(JsonWebToken token, string issuer)
    {
        if (EntraIssuers.Contains(issuer))
        {
            return true;
        }
        // Single-tenant bots also trust their own tenant's issuers (how the Emulator works with single-tenant apps).
        return _options.MicrosoftAppType is BotAppType.SingleTenant or BotAppType.UserAssignedMsi
            && !string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId)
            && token.TryGetClaim(TenantIdClaim, out var tenant)
            && string.Equals(tenant.Value, _options.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase)
            && TenantIssuers(tenant.Value).Contains(issuer, StringComparer.Ordinal);
    }

    private static bool TryReadBearerToken(string? header, out JsonWebToken token)
    {
        token = null!;
        var parts = header?.Split(' ');
        if (parts is not ["Bearer", { Length: > 0 } jwt])
        {
            return false;
        }
        try
        {
            token = new JsonWebToken(jwt);
            return true;
        }
        catch (ArgumentException)
        {
            return false; // SecurityTokenMalformedException derives from ArgumentException
        }
    }

    private static bool HasKey(OpenIdConnectConfiguration configuration, string kid) =>
        configuration.SigningKeys.Any(key => string.Equals(key.KeyId, kid, StringComparison.Ordinal));

    private static bool SameServiceUrl(string claimed, string? actual) =>
        actual is not null && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
