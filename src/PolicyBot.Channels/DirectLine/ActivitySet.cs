using System.Text.Json.Serialization;
using PolicyBot.Schema;

namespace PolicyBot.Channels.DirectLine;

/// <summary>A page of activities and the watermark to ask from next.</summary>
public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);
