namespace PolicyBot.Channels.Adapter;

/// <summary>What the bot endpoint answers the channel: an HTTP status and an optional JSON body.</summary>
public sealed record AdapterResponse(int StatusCode, object? Body = null)
{
    /// <summary>200 with no body.</summary>
    public static AdapterResponse Ok { get; } = new(200);
}
