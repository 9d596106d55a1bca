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

/// <summary>
/// The outcome of authenticating one request; <see cref="StatusCode"/> is 401 or 403 on failure.
/// <see cref="TrustedChannelId"/> is the channel the request is proven to come from, which keys its state.
/// </summary>
public sealed record AuthenticationResult(bool Succeeded, int StatusCode, string? Reason = null, string? CallerId = null,
    string? TrustedChannelId = null)
{
    /// <summary>True for the anonymous success of development mode: nothing about the caller is proven.</summary>
    public bool IsAnonymous { get; private init; }

    /// <summary>The channel name given to unauthenticated development requests, whatever channelId they claim.</summary>
    public const string AnonymousChannel = "anonymous";

    /// <summary>The anonymous success of local development mode.</summary>
    public static AuthenticationResult Anonymous { get; } = new(true, 200, TrustedChannelId: AnonymousChannel) { IsAnonymous = true };

    /// <summary>An authenticated Emulator or Entra request: the caller holds the bot's own credentials.</summary>
    public static AuthenticationResult Entra(string? channelId) => new(true, 200, TrustedChannelId: channelId ?? "unknown");

    /// <summary>An authenticated channel request; its channelId was endorsed by the key that signed its token.</summary>
    public static AuthenticationResult Channel(string? channelId, string callerId) =>
        new(true, 200, CallerId: callerId, TrustedChannelId: channelId ?? "unknown");

    /// <summary>A failure with the status to return and why.</summary>
    public static AuthenticationResult Fail(int statusCode, string reason) => new(false, statusCode, reason);
}
