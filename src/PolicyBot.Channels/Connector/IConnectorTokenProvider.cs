namespace PolicyBot.Channels.Connector;

/// <summary>Supplies the bearer token for outgoing Connector calls; null sends none (local development).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>Returns a token valid for the Connector at <paramref name="serviceUrl"/>, or null.</summary>
    ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken);
}
