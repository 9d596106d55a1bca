using PolicyBot.Schema;

namespace PolicyBot.Web.Tests.Infrastructure;

/// <summary>Builders for incoming activities as a channel would send them.</summary>
public static class Activities
{
    public static readonly ChannelAccount User = new("user-1", "Test User", "user");
    public static readonly ChannelAccount Bot = new("bot-1", "PolicyBot", "bot");

    public static Activity Message(string text, string conversationId = "conv-1", string? serviceUrl = null, bool expectReplies = false) => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-" + Guid.NewGuid().ToString("N")[..8],
        Text = text,
        ChannelId = "test",
        From = User,
        Recipient = Bot,
        Conversation = new ConversationAccount(conversationId),
        ServiceUrl = serviceUrl,
        Locale = "zh-CN",
        DeliveryMode = expectReplies ? "expectReplies" : null,
    };

    public static Activity MembersAdded(params ChannelAccount[] members) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = "update-1",
        ChannelId = "test",
        From = User,
        Recipient = Bot,
        Conversation = new ConversationAccount("conv-welcome"),
        MembersAdded = members,
        DeliveryMode = "expectReplies",
    };
}
