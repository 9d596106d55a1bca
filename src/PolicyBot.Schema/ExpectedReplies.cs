using System.Text.Json.Serialization;

namespace PolicyBot.Schema;

/// <summary>The body returned for <c>deliveryMode: "expectReplies"</c>: every activity the bot sent during the turn.</summary>
public sealed record ExpectedReplies([property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities);
