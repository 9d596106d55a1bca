namespace PolicyBot.Channels.Connector;

/// <summary>A Connector call answered with a status other than 200, 201 or 202.</summary>
public sealed class ConnectorException(int statusCode, string message) : Exception(message)
{
    /// <summary>The HTTP status the channel returned.</summary>
    public int StatusCode { get; } = statusCode;
}
