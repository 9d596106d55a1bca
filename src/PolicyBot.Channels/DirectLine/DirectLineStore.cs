using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PolicyBot.Channels.DirectLine;

/// <summary>In-memory conversations, bounded in number; the least recently used is dropped on overflow.</summary>
internal sealed class DirectLineStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public DirectLineConversation Create(string? userId)
    {
        var id = DirectLineTokens.Base64Url(RandomNumberGenerator.GetBytes(16));
        var user = string.IsNullOrWhiteSpace(userId) ? "dl_" + DirectLineTokens.Base64Url(RandomNumberGenerator.GetBytes(9)) : userId;
        var conversation = new DirectLineConversation(id, user, options.Value.MaxActivitiesPerConversation, time.GetUtcNow());
        _conversations[id] = conversation;
        while (_conversations.Count > options.Value.MaxConversations)
        {
            var oldest = _conversations.Values.MinBy(c => c.LastUsed);
            if (oldest is null || !_conversations.TryRemove(oldest.Id, out _))
            {
                break;
            }
        }
        return conversation;
    }

    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }
        conversation.Touch(time.GetUtcNow());
        return conversation;
    }
}
