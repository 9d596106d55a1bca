using System.Text.Json.Serialization;
using PolicyBot.Schema;

namespace PolicyBot.Channels.DirectLine;

/// <summary>Optional body of token generation and conversation start: who the user is.</summary>
public sealed record TokenParameters([property: JsonPropertyName("user")] ChannelAccount? User = null);

/// <summary>A Direct Line conversation as the client sees it: id, token, lifetime and stream.</summary>
public sealed record ConversationInfo(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn = null,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>A page of activities and the watermark to ask from next.</summary>
public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);

/// <summary>The status and body a Direct Line operation answers with.</summary>
public sealed record DirectLineResult(int StatusCode, object? Body)
{
    internal static DirectLineResult Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorResponse.Of(code, message));

    internal static DirectLineResult NotFound(string conversationId) =>
        Error(404, "BadArgument", $"Conversation '{conversationId}' not found.");
}
