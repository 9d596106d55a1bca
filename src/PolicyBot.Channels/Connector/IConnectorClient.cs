using PolicyBot.Schema;

namespace PolicyBot.Channels.Connector;

/// <summary>The Bot Connector REST API at an activity's serviceUrl (bot → channel).</summary>
public interface IConnectorClient
{
    /// <summary>
    /// Sends an addressed activity: reply-to-activity when it has a replyToId, otherwise send-to-conversation.
    /// Throws <see cref="ConnectorException"/> when the channel does not answer 200, 201 or 202.
    /// </summary>
    Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken);
}
