using System.Text.Json.Serialization;

namespace PolicyBot.Channels.DirectLine;

/// <summary>What the embedded page gets: a token for a new conversation and the user id the service chose for it.</summary>
public sealed record WebChatToken(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId);
