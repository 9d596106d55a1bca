using System.Text.Json.Serialization;
using PolicyBot.Schema;

namespace PolicyBot.Channels.DirectLine;

/// <summary>Optional body of token generation and conversation start: who the user is.</summary>
public sealed record TokenParameters([property: JsonPropertyName("user")] ChannelAccount? User = null);
