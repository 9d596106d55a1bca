using PolicyBot.Schema;

namespace PolicyBot.Channels.DirectLine;

/// <summary>
/// One conversation's bounded activity log. Each appended activity gets the next sequence number, an id
/// <c>{conversationId}|{seq:D7}</c> and a timestamp; the watermark is the last sequence number a client has seen.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, int capacity, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private readonly List<(long Seq, Activity Activity)> _log = [];
    private readonly List<Action> _listeners = [];
    private long _lastSeq;
    private long _lastUsedTicks = now.UtcTicks;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    /// <summary>Serialises turns so the bot sees one conversation's messages in order.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public bool Started { get; private set; }

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    /// <summary>Marks the conversation started; false when it already was.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (Started)
            {
                return false;
            }
            Started = true;
            return true;
        }
    }

    public Activity Append(Activity activity, DateTimeOffset now)
    {
        Activity stored;
        Action[] listeners;
        lock (_gate)
        {
            var seq = ++_lastSeq;
            stored = activity with { Id = $"{Id}|{seq:D7}", Timestamp = now };
            _log.Add((seq, stored));
            if (_log.Count > capacity)
            {
                _log.RemoveRange(0, _log.Count - capacity);
            }
            listeners = [.. _listeners];
        }
        foreach (var listener in listeners)
        {
            listener();
        }
        return stored;
    }

    /// <summary>Activities after <paramref name="watermark"/> and the new watermark.</summary>
    public ActivitySet After(long watermark)
    {
        lock (_gate)
        {
            var activities = _log.Where(e => e.Seq > watermark).Select(e => e.Activity).ToList();
            var next = Math.Max(watermark, _lastSeq);
            return new ActivitySet(activities, next < 0 ? null : next.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Calls <paramref name="listener"/> after every append until the returned handle is disposed.</summary>
    public IDisposable Listen(Action listener)
    {
        lock (_gate)
        {
            _listeners.Add(listener);
        }
        return new Unlisten(this, listener);
    }

    private sealed class Unlisten(DirectLineConversation owner, Action listener) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._listeners.Remove(listener);
            }
        }
    }
}
