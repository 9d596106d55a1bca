using PolicyBot.Schema;

namespace PolicyBot.Channels.Adapter;

/// <summary>
/// Decides whether an incoming request to the bot endpoint may run a turn. The seam where Bot Framework
/// JWT validation (issuer, audience, signing keys, endorsements, serviceurl claim) plugs in.
/// </summary>
public interface IRequestAuthenticator
{
    /// <summary>Checks the request's Authorization header against the activity it carries.</summary>
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>The outcome of authenticating one request; <see cref="StatusCode"/> is 401 or 403 on failure.</summary>
public sealed record AuthenticationResult(bool Succeeded, int StatusCode, string? Reason = null, string? CallerId = null)
{
    /// <summary>The anonymous success of local development mode.</summary>
    public static AuthenticationResult Anonymous { get; } = new(true, 200);

    /// <summary>A failure with the status to return and why.</summary>
    public static AuthenticationResult Fail(int statusCode, string reason) => new(false, statusCode, reason);
}
