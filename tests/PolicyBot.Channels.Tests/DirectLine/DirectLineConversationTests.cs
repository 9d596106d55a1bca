using System.Text.Json;
using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Tests.DirectLine;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static DirectLineConversation Conversation(int maxActivities = 10, int maxBytes = 1 << 20, int maxPosts = 1000,
        int pageActivities = 1000, int pageBytes = 1 << 20) =>
        new("c", "u_1", new ConversationLimits(maxActivities, maxBytes, maxPosts, pageActivities, pageBytes), Now);

    [Fact]
    public void Append_BeyondCapacity_DropsOldestButKeepsNumbering()
    {
        var conversation = Conversation(maxActivities: 10);

        for (var i = 1; i <= 25; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, Now);
        }

        var all = conversation.After(0);
        Assert.Equal(10, all.Activities.Count);
        Assert.Equal("m16", all.Activities[0].Text);
        Assert.Equal("c|0000025", all.Activities[^1].Id);
        Assert.Equal("25", all.Watermark);
        Assert.Equal(["m24", "m25"], conversation.After(23).Activities.Select(a => a.Text));
    }

    [Fact]
    public void Append_BeyondByteCap_DropsOldestSoTheKeptBytesStayUnderTheCap()
    {
        const int cap = 40_000; // held bytes: two per character of the JSON
        var conversation = Conversation(maxActivities: 1000, maxBytes: cap);

        for (var i = 1; i <= 100; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = $"m{i} " + new string('x', 1000) }, Now);
        }

        var kept = conversation.After(0).Activities;
        Assert.InRange(conversation.Bytes, 1, cap);
        Assert.Equal(kept.Sum(a => JsonSerializer.Serialize(a, ProtocolJson.Options).Length * 2), conversation.Bytes);
        Assert.InRange(kept.Count, 10, 20);
        Assert.StartsWith("m100 ", kept[^1].Text);
    }

    [Fact]
    public void Append_SingleActivityOverTheByteCap_IsKeptAlone()
    {
        var conversation = Conversation(maxBytes: 1000);
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "small" }, Now);

        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = new string('x', 5000) }, Now);

        Assert.Equal(5000, Assert.Single(conversation.After(0).Activities).Text!.Length);
    }

    [Fact]
    public void After_ReturnsAtMostOnePage_AndTheWatermarkPagesOn()
    {
        var conversation = Conversation(maxActivities: 100, pageActivities: 4);
        for (var i = 1; i <= 10; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, Now);
        }

        var first = conversation.After(0);
        var second = conversation.After(long.Parse(first.Watermark!));
        var third = conversation.After(long.Parse(second.Watermark!));
        var done = conversation.After(long.Parse(third.Watermark!));

        Assert.Equal(["m1", "m2", "m3", "m4"], first.Activities.Select(a => a.Text));
        Assert.Equal("4", first.Watermark);
        Assert.Equal(["m5", "m6", "m7", "m8"], second.Activities.Select(a => a.Text));
        Assert.Equal(["m9", "m10"], third.Activities.Select(a => a.Text));
        Assert.Empty(done.Activities);
        Assert.Equal("10", done.Watermark);
    }

    [Fact]
    public void After_StopsAtThePageByteLimit_ButAlwaysReturnsOne()
    {
        var conversation = Conversation(maxActivities: 100, pageBytes: 6000); // about two 1,000-character activities as held
        for (var i = 1; i <= 5; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = new string('x', 1000) }, Now);
        }
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = new string('y', 10_000) }, Now);

        Assert.Equal(2, conversation.After(0).Activities.Count);
        Assert.Single(conversation.After(5).Activities);
    }

    [Fact]
    public void TryCountPost_StopsAtTheLifetimeMaximum()
    {
        var conversation = Conversation(maxPosts: 3);

        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => conversation.TryCountPost()));
    }

    [Fact]
    public void StreamTicket_WorksOnce_OnlyForItsLifetime_AndANewOneReplacesIt()
    {
        var conversation = Conversation();

        var ticket = conversation.IssueTicket(Now.AddSeconds(60));
        Assert.False(conversation.TryRedeemTicket("bogus", Now));
        Assert.True(conversation.TryRedeemTicket(ticket, Now));
        Assert.False(conversation.TryRedeemTicket(ticket, Now));

        var late = conversation.IssueTicket(Now.AddSeconds(60));
        Assert.False(conversation.TryRedeemTicket(late, Now.AddSeconds(61)));

        var replaced = conversation.IssueTicket(Now.AddSeconds(60));
        var current = conversation.IssueTicket(Now.AddSeconds(60));
        Assert.False(conversation.TryRedeemTicket(replaced, Now));
        Assert.True(conversation.TryRedeemTicket(current, Now));
    }

    [Fact]
    public void TakeStream_EndsThePreviousStreamWithCollision()
    {
        var conversation = Conversation();

        var first = conversation.TakeStream();
        var second = conversation.TakeStream();

        Assert.True(first.Ended.IsCancellationRequested);
        Assert.Equal("collision", first.Reason);
        Assert.False(second.Ended.IsCancellationRequested);
        conversation.Close("expired");
        Assert.Equal("expired", second.Reason);
    }

    [Fact]
    public void Listen_IsCalledOnAppendUntilDisposed()
    {
        var conversation = Conversation();
        var calls = 0;

        using (conversation.Listen(() => calls++))
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message }, Now);
        }
        conversation.Append(new Activity { Type = ActivityTypes.Message }, Now);

        Assert.Equal(1, calls);
    }
}
