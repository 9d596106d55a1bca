using System.Text.Json;
using PolicyBot.Dialogs.Conversation;
using PolicyBot.Dialogs.State;
using PolicyBot.Schema;

namespace PolicyBot.Dialogs.Hosting;

/// <summary>
/// Loads and saves ConversationData under "{trusted channel}/conversations/{conversationId}": the Bot Framework key,
/// with the channel taken from the transport (<see cref="Activity.TrustedChannelId"/>), never from the body.
/// </summary>
public sealed class ConversationStateStore(IStateStorage storage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string KeyOf(Activity activity) =>
        $"{activity.TrustedChannelId ?? "untrusted"}/conversations/{activity.Conversation?.Id ?? activity.From?.Id ?? "unknown"}";

    public async Task<(ConversationData Data, string? ETag)> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync(key, cancellationToken);
        if (stored is null) return (new ConversationData(), null);
        return (JsonSerializer.Deserialize<ConversationData>(stored.Json, Json) ?? new ConversationData(), stored.ETag);
    }

    public Task<string> SaveAsync(string key, ConversationData data, string? eTag, CancellationToken cancellationToken) =>
        storage.WriteAsync(key, JsonSerializer.Serialize(data, Json), eTag, cancellationToken);

    public Task ResetAsync(string key, CancellationToken cancellationToken) => storage.DeleteAsync(key, cancellationToken);
}
