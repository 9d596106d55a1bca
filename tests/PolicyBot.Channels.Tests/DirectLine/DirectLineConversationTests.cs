using PolicyBot.Channels.DirectLine;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Tests.DirectLine;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Append_BeyondCapacity_DropsOldestButKeepsNumbering()
    {
        var conversation = new DirectLineConversation("c", "u_1", capacity: 10, Now);

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
    public void Listen_IsCalledOnAppendUntilDisposed()
    {
        var conversation = new DirectLineConversation("c", "u_1", capacity: 10, Now);
        var calls = 0;

        using (conversation.Listen(() => calls++))
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message }, Now);
        }
        conversation.Append(new Activity { Type = ActivityTypes.Message }, Now);

        Assert.Equal(1, calls);
    }
}
