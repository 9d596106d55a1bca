namespace PolicyBot.Channels.DirectLine;

/// <summary>A conversation's one open stream: ended when a newer stream takes over or the conversation goes away.</summary>
internal sealed class StreamSlot
{
    private readonly CancellationTokenSource _ended = new();
    private volatile string? _reason;

    public CancellationToken Ended => _ended.Token;

    /// <summary>Why the stream ended (<c>collision</c>, <c>expired</c>), or null while it is open.</summary>
    public string? Reason => _reason;

    public void End(string reason)
    {
        _reason ??= reason;
        _ended.Cancel();
    }
}
