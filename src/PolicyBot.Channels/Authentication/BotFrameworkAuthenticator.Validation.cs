using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PolicyBot.Channels.Adapter;
using static PolicyBot.Channels.Authentication.AuthenticationConstants;

namespace PolicyBot.Channels.Authentication;

// Signature, issuer, audience, algorithm and lifetime checks shared by channel and Entra tokens.
public sealed partial class BotFrameworkAuthenticator
{
    private async Task<(AuthenticationResult? Failure, OpenIdConnectConfiguration? Configuration)> ValidateAsync(
        OpenIdMetadataCache metadata, JsonWebToken token, IEnumerable<string> validIssuers, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetAsync(cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(token.Kid) && !HasKey(configuration, token.Kid))
            {
                configuration = await metadata.RefreshForUnknownKeyAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SigningKeysUnavailableException)
        {
            return (AuthenticationResult.Fail(503, "Signing keys unavailable."), null);
        }
        if (!string.IsNullOrEmpty(token.Kid) && !HasKey(configuration, token.Kid))
        {
            return (AuthenticationResult.Fail(401, "The token's signing key is not published by its issuer."), null);
        }
        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration, validIssuers)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            LogInvalidToken(_logger, result.Exception?.GetType().Name);
            return (AuthenticationResult.Fail(401, DescribeFailure(result.Exception)), null);
        }
        return (null, configuration);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IEnumerable<string> validIssuers) => new()
    {
        ValidIssuers = validIssuers,
        ValidAudiences = [_options.MicrosoftAppId, "api://" + _options.MicrosoftAppId],
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = AuthenticationConstants.ClockSkew,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        IssuerSigningKeys = configuration.SigningKeys,
        LifetimeValidator = ValidateLifetime,
    };

    // TokenValidationParameters.TimeProvider is not public in IdentityModel 8.x, so the lifetime check is ours, on the injected clock.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }
        if (notBefore > expires)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.") { NotBefore = notBefore, Expires = expires };
        }
        if (notBefore > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = notBefore.Value };
        }
        if (expires < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }
        return true;
    }

    private static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not yet valid.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token is not addressed to this bot.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenSignatureKeyNotFoundException => "The token's signing key is unknown.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        _ => "The token failed validation.",
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Token validation failed with {ExceptionType}")]
    private static partial void LogInvalidToken(ILogger logger, string? exceptionType);
}
