using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Schema;

/// <summary>
/// A Bot Framework Activity (the subset this bot reads and writes). Unknown properties are kept in
/// <see cref="Extra"/> so that nothing a channel sends is lost when an activity is stored or echoed.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; init; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; init; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; init; }
    [JsonPropertyName("speak")] public string? Speak { get; init; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; init; }
    [JsonPropertyName("membersAdded")] public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    [JsonPropertyName("membersRemoved")] public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
    [JsonPropertyName("deliveryMode")] public string? DeliveryMode { get; init; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; init; }
    [JsonPropertyName("entities")] public IReadOnlyList<JsonElement>? Entities { get; init; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>
    /// The channel as the transport established it, never read from or written to JSON: the endorsed channelId of an
    /// authenticated request, <c>directline</c> for the built-in Direct Line, <c>anonymous</c> for an unauthenticated
    /// development request. Conversation state is keyed by it, so a caller cannot reach another channel's state by
    /// naming that channel in the body.
    /// </summary>
    [JsonIgnore] public string? TrustedChannelId { get; init; }
}

/// <summary>Activity type names.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
}

/// <summary>Values of inputHint.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

/// <summary>A user or bot on a channel.</summary>
public sealed record ChannelAccount(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("role")] string? Role = null);

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("isGroup")] bool? IsGroup = null,
    [property: JsonPropertyName("conversationType")] string? ConversationType = null,
    [property: JsonPropertyName("tenantId")] string? TenantId = null);

/// <summary>Buttons shown under a message until the user answers.</summary>
public sealed record SuggestedActions(
    [property: JsonPropertyName("actions")] IReadOnlyList<CardAction> Actions,
    [property: JsonPropertyName("to")] IReadOnlyList<string>? To = null);

/// <summary>A clickable action; imBack posts its value back as the user's message.</summary>
public sealed record CardAction(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] object? Value = null);

/// <summary>A card or file attached to a message.</summary>
public sealed record Attachment(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] object? Content = null,
    [property: JsonPropertyName("contentUrl")] string? ContentUrl = null,
    [property: JsonPropertyName("name")] string? Name = null);
