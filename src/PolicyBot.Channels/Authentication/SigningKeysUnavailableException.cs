namespace PolicyBot.Channels.Authentication;

/// <summary>The OpenID metadata or signing keys of an issuer could not be fetched and none are cached.</summary>
public sealed class SigningKeysUnavailableException(string metadataAddress, Exception innerException)
    : Exception($"The OpenID metadata at {metadataAddress} could not be retrieved.", innerException)
{
    /// <summary>The metadata document that could not be fetched.</summary>
    public string MetadataAddress { get; } = metadataAddress;
}
