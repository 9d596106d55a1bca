using System.Globalization;

namespace PolicyBot.Channels.DirectLine;

/// <summary>
/// An open WebSocket stream of one conversation, admitted by a stream ticket. It ends (<see cref="Ended"/>) when a newer
/// stream of the same conversation opens (<c>collision</c>) or the conversation expires; disposing it stops listening.
/// </summary>
public sealed class DirectLineStream : IDisposable
{
    private readonly DirectLineConversation _conversation;
    private readonly StreamSlot _slot;
    private readonly IDisposable _listening;
    private readonly TimeProvider _time;

    internal DirectLineStream(DirectLineConversation conversation, StreamSlot slot, Action onAppended, TimeProvider time)
    {
        _conversation = conversation;
        _slot = slot;
        _time = time;
        _listening = conversation.Listen(onAppended);
    }

    /// <summary>Cancelled when the stream must close.</summary>
    public CancellationToken Ended => _slot.Ended;

    /// <summary>Why it ended (<c>collision</c>, <c>expired</c>), null while open.</summary>
    public string? EndReason => _slot.Reason;

    /// <summary>The next page after <paramref name="watermark"/>.</summary>
    public ActivitySet After(string? watermark) =>
        _conversation.After(long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0);

    /// <summary>The client is still there (it sent a frame): keeps the conversation from idling out.</summary>
    public void Touch() => _conversation.Touch(_time.GetUtcNow());

    public void Dispose() => _listening.Dispose();
}
