using System.Collections.Concurrent;
using PolicyBot.Channels.Adapter;

namespace PolicyBot.Web.Tests.Infrastructure;

/// <summary>Remembers which conversations the adapter reset.</summary>
public sealed class RecordingConversationReset : IConversationReset
{
    public ConcurrentQueue<string> ConversationIds { get; } = new();

    public Task ResetAsync(string? channelId, string conversationId, CancellationToken cancellationToken)
    {
        ConversationIds.Enqueue(conversationId);
        return Task.CompletedTask;
    }
}
