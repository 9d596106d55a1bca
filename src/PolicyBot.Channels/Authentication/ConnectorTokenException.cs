namespace PolicyBot.Channels.Authentication;

/// <summary>The bot could not obtain the bearer token for an outgoing Connector call.</summary>
public sealed class ConnectorTokenException(string message, Exception innerException) : Exception(message, innerException);
