using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolicyBot.Schema;

namespace PolicyBot.Channels.DirectLine;

/// <summary>
/// One conversation's bounded activity log. Each appended activity gets the next sequence number, an id
/// <c>{conversationId}|{seq:D7}</c> and a timestamp; the watermark is the last sequence number a client has seen.
/// The log keeps at most <see cref="ConversationLimits.MaxActivities"/> activities and
/// <see cref="ConversationLimits.MaxBytes"/> bytes as held in memory (two per character of the activity's JSON, so
/// Latin text, which is one byte a character on the wire, is not counted at half its cost), dropping the oldest first.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, ConversationLimits limits, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private readonly List<(long Seq, Activity Activity, int Bytes)> _log = [];
    private readonly List<Action> _listeners = [];
    private long _lastSeq;
    private long _bytes;
    private int _posts;
    private long _lastUsedTicks = now.UtcTicks;
    private (byte[] Value, DateTimeOffset ExpiresAt)? _ticket;
    private StreamSlot? _stream;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    /// <summary>The client (address) that opened the conversation from the page; null when minted with the secret.</summary>
    public string? Client { get; init; }

    /// <summary>Serialises turns so the bot sees one conversation's messages in order.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public bool Started { get; private set; }

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    /// <summary>Bytes currently kept, as held in memory.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

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

    /// <summary>Counts one client post; false once the conversation has had its lifetime's worth.</summary>
    public bool TryCountPost()
    {
        lock (_gate)
        {
            if (_posts >= limits.MaxPosts)
            {
                return false;
            }
            _posts++;
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
            var bytes = HeldSize(stored);
            _log.Add((seq, stored, bytes));
            _bytes += bytes;
            var drop = 0;
            // The newest activity always stays, even when it alone is over the byte cap.
            while (_log.Count - drop > 1 && (_log.Count - drop > limits.MaxActivities || _bytes > limits.MaxBytes))
            {
                _bytes -= _log[drop].Bytes;
                drop++;
            }
            _log.RemoveRange(0, drop);
            listeners = [.. _listeners];
        }
        foreach (var listener in listeners)
        {
            listener();
        }
        return stored;
    }

    /// <summary>
    /// One page of the activities after <paramref name="watermark"/> (at most the page's count and bytes, but at least one)
    /// and the watermark of its last activity, so the client pages on; the log's end when nothing is newer.
    /// </summary>
    public ActivitySet After(long watermark)
    {
        lock (_gate)
        {
            var page = new List<Activity>();
            long bytes = 0;
            var next = Math.Max(watermark, 0);
            foreach (var (seq, activity, size) in _log)
            {
                if (seq <= watermark)
                {
                    continue;
                }
                if (page.Count == limits.PageActivities || (page.Count > 0 && bytes + size > limits.PageBytes))
                {
                    break;
                }
                page.Add(activity);
                bytes += size;
                next = seq;
            }
            if (page.Count == 0)
            {
                next = Math.Max(next, _lastSeq);
            }
            return new ActivitySet(page, next.ToString(CultureInfo.InvariantCulture));
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

    /// <summary>A single-use stream ticket valid until <paramref name="expiresAt"/>; it replaces any earlier unused one.</summary>
    public string IssueTicket(DateTimeOffset expiresAt)
    {
        var value = RandomNumberGenerator.GetBytes(24);
        lock (_gate)
        {
            _ticket = (value, expiresAt);
        }
        return DirectLineTokens.Base64Url(value);
    }

    /// <summary>True (and the ticket used up) when <paramref name="ticket"/> is the current unexpired one.</summary>
    public bool TryRedeemTicket(string? ticket, DateTimeOffset now)
    {
        var presented = Encoding.ASCII.GetBytes(ticket ?? "");
        lock (_gate)
        {
            if (_ticket is not { } current || current.ExpiresAt <= now
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(DirectLineTokens.Base64Url(current.Value)), presented))
            {
                return false;
            }
            _ticket = null;
            return true;
        }
    }

    /// <summary>Makes the caller the conversation's only stream: the previous one, if any, ends with reason <c>collision</c>.</summary>
    public StreamSlot TakeStream()
    {
        var slot = new StreamSlot();
        StreamSlot? previous;
        lock (_gate)
        {
            previous = _stream;
            _stream = slot;
        }
        previous?.End("collision");
        return slot;
    }

    /// <summary>Ends the open stream, if any, because the conversation is gone.</summary>
    public void Close(string reason)
    {
        StreamSlot? open;
        lock (_gate)
        {
            open = _stream;
            _stream = null;
        }
        open?.End(reason);
    }

    // What the activity costs in memory: its text is held as UTF-16, two bytes a character.
    private static int HeldSize(Activity activity) =>
        JsonSerializer.Serialize(activity, ProtocolJson.Options).Length * sizeof(char);

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
