using System.Text.Json.Serialization;

namespace PolicyBot.Channels.DirectLine;

/// <summary>A Direct Line conversation as the client sees it: id, token, lifetime and stream.</summary>
public sealed record ConversationInfo(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn = null,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
