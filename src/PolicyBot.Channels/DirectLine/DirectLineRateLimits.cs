namespace PolicyBot.Channels.DirectLine;

/// <summary>
/// Request rates of the Direct Line endpoints, per client IP address for minting and per conversation for use.
/// Defaults leave room for Web Chat (one conversation per page load, a token refresh every 15 minutes,
/// polling once a second plus a poll after each send).
/// </summary>
public sealed class DirectLineRateLimits
{
    /// <summary>New conversations (token generation, Web Chat tokens, secret-started conversations) per client IP per minute.</summary>
    public int ConversationsPerMinutePerClient { get; set; } = 10;

    /// <summary>Token refreshes per client IP per minute.</summary>
    public int TokenRefreshesPerMinutePerClient { get; set; } = 30;

    /// <summary>Posted activities per conversation per minute, sustained.</summary>
    public int PostsPerMinutePerConversation { get; set; } = 60;

    /// <summary>Posted activities a conversation may send at once before the per-minute rate applies.</summary>
    public int PostBurstPerConversation { get; set; } = 10;

    /// <summary>Reads (activities, conversation info, stream opens) per conversation per minute, sustained.</summary>
    public int ReadsPerMinutePerConversation { get; set; } = 120;

    /// <summary>Reads a conversation may make at once before the per-minute rate applies.</summary>
    public int ReadBurstPerConversation { get; set; } = 20;
}
