using PolicyBot.Schema;

namespace PolicyBot.Channels.DirectLine;

/// <summary>The status and body a Direct Line operation answers with.</summary>
public sealed record DirectLineResult(int StatusCode, object? Body)
{
    internal static DirectLineResult Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorResponse.Of(code, message));

    internal static DirectLineResult NotFound(string conversationId) =>
        Error(404, "BadArgument", $"Conversation '{conversationId}' not found.");
}
