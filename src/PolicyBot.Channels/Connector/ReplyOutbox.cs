using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.Hosting;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Connector;

/// <summary>
/// Delivers a turn's replies through the Connector after the channel's request has been answered, so a slow or hostile
/// serviceUrl never holds an inbound request. Bounded every way: a fixed number of delivery lanes (the most Connector
/// calls in flight), a bounded queue (a full queue refuses new turns, see <see cref="HasRoom"/>), and an overall deadline
/// per turn. Replies of one conversation share a lane, so they arrive in order. When one reply of a turn cannot be
/// delivered the rest of that turn's replies are dropped: a channel that refused one would refuse the next.
/// </summary>
public sealed partial class ReplyOutbox : IAsyncDisposable
{
    private readonly IConnectorClient _connector;
    private readonly ILogger<ReplyOutbox> _logger;
    private readonly BotOptions _options;
    private readonly Channel<IReadOnlyList<Activity>>[] _lanes;
    private readonly Task[] _workers;
    private readonly CancellationTokenSource _stopping = new();
    private int _queued;

    /// <summary>Starts the delivery lanes.</summary>
    public ReplyOutbox(IConnectorClient connector, IOptions<BotOptions> options, ILogger<ReplyOutbox> logger)
    {
        _connector = connector;
        _logger = logger;
        _options = options.Value;
        _lanes = Enumerable.Range(0, _options.MaxConcurrentDeliveries)
            .Select(_ => Channel.CreateUnbounded<IReadOnlyList<Activity>>(new UnboundedChannelOptions { SingleReader = true }))
            .ToArray();
        _workers = _lanes.Select(lane => Task.Run(() => RunLaneAsync(lane.Reader))).ToArray();
    }

    /// <summary>Turns whose replies wait to be delivered.</summary>
    public int Queued => Volatile.Read(ref _queued);

    /// <summary>False when the queue is full; the caller should answer 503 rather than run a turn whose replies would be lost.</summary>
    public bool HasRoom => Queued < _options.MaxQueuedTurns;

    /// <summary>Queues one turn's addressed replies; false (and nothing queued) when the outbox is full or stopping.</summary>
    public bool TryEnqueue(IReadOnlyList<Activity> replies)
    {
        if (replies.Count == 0)
        {
            return true;
        }
        if (Interlocked.Increment(ref _queued) > _options.MaxQueuedTurns || _stopping.IsCancellationRequested)
        {
            Interlocked.Decrement(ref _queued);
            LogDropped(_logger, replies.Count, UnicodeText.ForLog(replies[0].Conversation?.Id));
            return false;
        }
        var lane = (uint)StringComparer.Ordinal.GetHashCode(replies[0].Conversation?.Id ?? "") % (uint)_lanes.Length;
        if (!_lanes[lane].Writer.TryWrite(replies))
        {
            Interlocked.Decrement(ref _queued);
            return false;
        }
        return true;
    }

    private async Task RunLaneAsync(ChannelReader<IReadOnlyList<Activity>> lane)
    {
        await foreach (var replies in lane.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await DeliverAsync(replies).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _queued);
            }
        }
    }

    private async Task DeliverAsync(IReadOnlyList<Activity> replies)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        deadline.CancelAfter(_options.DeliveryDeadline);
        for (var i = 0; i < replies.Count; i++)
        {
            try
            {
                await _connector.SendAsync(replies[i], deadline.Token).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // Whatever went wrong (refusal, network, deadline, no outgoing token), the lane must live on.
                LogDeliveryFailed(_logger, exception, UnicodeText.ForLog(replies[i].Conversation?.Id), replies.Count - i);
                return;
            }
        }
    }

    /// <summary>Stops taking replies, gives queued ones until the delivery deadline, then cancels what is left.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
        var drained = Task.WhenAll(_workers);
        if (await Task.WhenAny(drained, Task.Delay(_options.DeliveryDeadline)).ConfigureAwait(false) != drained)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
        await drained.ConfigureAwait(false);
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox full: dropped {Count} repl(ies) for conversation {ConversationId}")]
    private static partial void LogDropped(ILogger logger, int count, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a reply in conversation {ConversationId}; dropped {Remaining} repl(ies) of the turn")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string? conversationId, int remaining);
}
