using PolicyBot.Channels.Tests.Infrastructure;

namespace PolicyBot.Web.Bench;

/// <summary>
/// The channel side of authentication: the bench's RSA key (published by the loopback identity server with the bench
/// channel endorsed) and the Bot Connector tokens a channel would send — issuer https://api.botframework.com,
/// audience the app id, serviceurl the activities' serviceUrl.
/// </summary>
internal sealed class ChannelAuth(TestSigningKey key, string appId)
{
    public string AppId => appId;

    /// <summary>A valid token, good for an hour (an RS256 signature: about a millisecond).</summary>
    public string Mint() => TestTokens.Channel(key, appId, Scenarios.ServiceUrl, DateTimeOffset.UtcNow);
}
