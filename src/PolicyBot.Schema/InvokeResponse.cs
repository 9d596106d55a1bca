using System.Text.Json.Serialization;

namespace PolicyBot.Schema;

/// <summary>
/// The synchronous answer to an <c>invoke</c> activity: the HTTP status and body the channel receives.
/// A bot returns it as the <c>value</c> of an activity of type <see cref="ActivityType"/>.
/// </summary>
public sealed record InvokeResponse(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("body")] object? Body = null)
{
    /// <summary>The internal activity type that carries an invoke response out of a turn; never sent on the wire.</summary>
    public const string ActivityType = "invokeResponse";
}
