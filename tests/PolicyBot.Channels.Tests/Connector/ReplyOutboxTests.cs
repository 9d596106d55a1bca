using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.Connector;
using PolicyBot.Channels.Hosting;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Tests.Connector;

public sealed class ReplyOutboxTests
{
    private sealed class RecordingConnector : IConnectorClient
    {
        public ConcurrentQueue<string> Sent { get; } = new();
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Hold { get; init; }
        public string? FailOn { get; init; }

        public async Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            if (Hold)
            {
                await Gate.Task.WaitAsync(cancellationToken);
            }
            if (activity.Text == FailOn)
            {
                throw new ConnectorException(503, "unavailable");
            }
            Sent.Enqueue($"{activity.Conversation?.Id}:{activity.Text}");
            return null;
        }
    }

    private static ReplyOutbox Outbox(IConnectorClient connector, int lanes = 2, int queued = 100, TimeSpan? deadline = null) =>
        new(connector, Options.Create(new BotOptions
        {
            MaxConcurrentDeliveries = lanes,
            MaxQueuedTurns = queued,
            DeliveryDeadline = deadline ?? TimeSpan.FromSeconds(15),
        }), NullLogger<ReplyOutbox>.Instance);

    private static IReadOnlyList<Activity> Turn(string conversation, params string[] texts) =>
        texts.Select(t => new Activity { Type = ActivityTypes.Message, Text = t, Conversation = new ConversationAccount(conversation) }).ToList();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
        Assert.True(condition());
    }

    [Fact]
    public async Task RepliesOfOneConversation_ArriveInOrderAcrossTurns()
    {
        var connector = new RecordingConnector();
        await using var outbox = Outbox(connector, lanes: 4);

        for (var turn = 0; turn < 20; turn++)
        {
            Assert.True(outbox.TryEnqueue(Turn("c1", $"{turn}a", $"{turn}b")));
            Assert.True(outbox.TryEnqueue(Turn("c2", $"{turn}a")));
        }

        await WaitUntilAsync(() => connector.Sent.Count == 60);
        var c1 = connector.Sent.Where(s => s.StartsWith("c1:", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, 20).SelectMany(t => new[] { $"c1:{t}a", $"c1:{t}b" }), c1);
    }

    [Fact]
    public async Task FullQueue_RefusesMoreTurnsUntilDelivered()
    {
        var connector = new RecordingConnector { Hold = true };
        await using var outbox = Outbox(connector, lanes: 1, queued: 3);

        Assert.True(outbox.TryEnqueue(Turn("a", "1")));
        Assert.True(outbox.TryEnqueue(Turn("b", "1")));
        Assert.True(outbox.TryEnqueue(Turn("c", "1")));
        Assert.False(outbox.HasRoom);
        Assert.False(outbox.TryEnqueue(Turn("d", "1")));

        connector.Gate.SetResult();
        await WaitUntilAsync(() => outbox.Queued == 0);
        Assert.True(outbox.HasRoom);
        Assert.Equal(3, connector.Sent.Count);
    }

    [Fact]
    public async Task FailedReply_DropsTheRestOfThatTurnOnly()
    {
        var connector = new RecordingConnector { FailOn = "bad" };
        await using var outbox = Outbox(connector, lanes: 1);

        outbox.TryEnqueue(Turn("c", "1", "bad", "3"));
        outbox.TryEnqueue(Turn("c", "next"));

        await WaitUntilAsync(() => connector.Sent.Contains("c:next"));
        Assert.Equal(["c:1", "c:next"], connector.Sent);
    }

    [Fact]
    public async Task HangingChannel_IsAbandonedAtTheDeadlineAndTheLaneMovesOn()
    {
        var connector = new RecordingConnector { Hold = true };
        await using var outbox = Outbox(connector, lanes: 1, deadline: TimeSpan.FromMilliseconds(200));

        outbox.TryEnqueue(Turn("slow", "1"));
        outbox.TryEnqueue(Turn("slow", "2"));

        await WaitUntilAsync(() => outbox.Queued == 0);
        Assert.Empty(connector.Sent);
    }
}
