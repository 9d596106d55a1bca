using PolicyBot.Schema;

namespace PolicyBot.Channels.Adapter;

/// <summary>Addresses a bot reply the way channels expect: swapped accounts, same conversation, reply-to the incoming id.</summary>
public static class ReplyAddressing
{
    /// <summary>Returns <paramref name="reply"/> addressed as an answer to <paramref name="incoming"/>.</summary>
    public static Activity AddressReply(Activity incoming, Activity reply) => reply with
    {
        Id = null,
        From = reply.From ?? incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Locale = reply.Locale ?? incoming.Locale,
        ReplyToId = ReplyToIdFor(incoming),
    };

    // Direct Line and Web Chat do not thread replies to the conversationUpdate they synthesise.
    private static string? ReplyToIdFor(Activity incoming) =>
        incoming.Type == ActivityTypes.ConversationUpdate && incoming.ChannelId is "directline" or "webchat"
            ? null
            : incoming.Id;
}
