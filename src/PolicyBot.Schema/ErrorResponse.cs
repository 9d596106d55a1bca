using System.Text.Json.Serialization;

namespace PolicyBot.Schema;

/// <summary>The Bot Framework error body: <c>{"error": {"code", "message"}}</c>.</summary>
public sealed record ErrorResponse([property: JsonPropertyName("error")] Error Error)
{
    /// <summary>Builds an error body from a stable code and a human-readable message.</summary>
    public static ErrorResponse Of(string code, string message) => new(new Error(code, message));
}

/// <summary>A stable error code and a message that may change.</summary>
public sealed record Error(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
