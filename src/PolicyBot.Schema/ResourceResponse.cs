using System.Text.Json.Serialization;

namespace PolicyBot.Schema;

/// <summary>The id a channel or Direct Line assigns to an activity it accepted.</summary>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string? Id);
