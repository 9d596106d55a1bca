namespace PolicyBot.Channels.DirectLine;

/// <summary>The status and body a Direct Line operation answers with, and how long to wait before retrying when it says so.</summary>
public sealed record DirectLineResult(int StatusCode, object? Body, TimeSpan? RetryAfter = null)
{
    internal static DirectLineResult Error(int statusCode, string code, string message) =>
        new(statusCode, Schema.ErrorResponse.Of(code, message));

    /// <summary>
    /// The one answer for a conversation the token does not open — whether it exists or not, so the answer reveals nothing.
    /// </summary>
    internal static DirectLineResult NotYourConversation() =>
        Error(403, "BadArgument", "The token is not valid for this conversation.");
}
