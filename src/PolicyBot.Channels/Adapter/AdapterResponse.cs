namespace PolicyBot.Channels.Adapter;

/// <summary>What the bot endpoint answers the channel: an HTTP status, an optional JSON body and, for 429/503, when to retry.</summary>
public sealed record AdapterResponse(int StatusCode, object? Body = null, TimeSpan? RetryAfter = null)
{
    /// <summary>200 with no body.</summary>
    public static AdapterResponse Ok { get; } = new(200);
}
