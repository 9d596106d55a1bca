using Microsoft.Extensions.Options;
using PolicyBot.Channels.Hosting;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Adapter;

/// <summary>
/// Local development mode: with no App ID configured, a request without an Authorization header is accepted
/// anonymously. Anything that would need token validation is refused until a validating authenticator replaces this one.
/// </summary>
public sealed class DevelopmentRequestAuthenticator(IOptions<BotOptions> options) : IRequestAuthenticator
{
    /// <inheritdoc />
    public Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (!options.Value.IsDevelopmentMode)
        {
            return Task.FromResult(AuthenticationResult.Fail(401,
                "Bot:MicrosoftAppId is configured but token validation is not available in this build."));
        }
        // The SDK still validates a header that is present even without an App ID; we cannot, so we refuse it.
        return Task.FromResult(string.IsNullOrEmpty(authorizationHeader)
            ? AuthenticationResult.Anonymous
            : AuthenticationResult.Fail(401, "Authorization header present but token validation is not configured (development mode)."));
    }
}
