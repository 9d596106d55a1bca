using PolicyBot.Schema;

namespace PolicyBot.Channels.Adapter;

/// <summary>
/// The edge check every incoming activity passes before a turn, whatever transport brought it: the ids a turn relies on
/// are present, short and free of control characters, and the text is cleaned of code points that could make a turn
/// throw (<see cref="UnicodeText.Clean"/>). Nothing past this point sees raw caller text.
/// </summary>
public static class InboundActivity
{
    /// <summary>Longest id accepted (conversation, user, activity ids; Teams' are well under 200 characters).</summary>
    public const int MaxIdLength = 256;

    /// <summary>Longest channelId, activity type or invoke name accepted.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Longest serviceUrl accepted.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>The cleaned activity, or why it is refused (a 400 with a stable error code).</summary>
    public static InboundCheck Check(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return InboundCheck.Refuse("MissingProperty", "The activity has no type.");
        }
        if (string.IsNullOrEmpty(activity.From?.Id))
        {
            return InboundCheck.Refuse("MissingProperty", "The activity has no from.id.");
        }
        var problem = Field("type", activity.Type, MaxNameLength)
            ?? Field("channelId", activity.ChannelId, MaxNameLength)
            ?? Field("name", activity.Name, MaxIdLength)
            ?? Field("id", activity.Id, MaxIdLength)
            ?? Field("from.id", activity.From.Id, MaxIdLength)
            ?? Field("recipient.id", activity.Recipient?.Id, MaxIdLength)
            ?? Field("conversation.id", activity.Conversation?.Id, MaxIdLength)
            ?? Field("replyToId", activity.ReplyToId, MaxIdLength)
            ?? Field("serviceUrl", activity.ServiceUrl, MaxUrlLength);
        if (problem is not null)
        {
            return InboundCheck.Refuse("BadArgument", problem);
        }
        return activity.Text is { } text && UnicodeText.NeedsCleaning(text)
            ? InboundCheck.Accept(activity with { Text = UnicodeText.Clean(text) })
            : InboundCheck.Accept(activity);
    }

    private static string? Field(string name, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Length > maxLength)
        {
            return $"{name} is longer than {maxLength} characters.";
        }
        return value.Any(char.IsControl) || UnicodeText.NeedsCleaning(value)
            ? $"{name} contains control characters or invalid code points."
            : null;
    }
}

/// <summary>An activity accepted at the edge (<see cref="Activity"/> set) or refused with an error code and message.</summary>
public sealed record InboundCheck(Activity? Activity, string? ErrorCode, string? ErrorMessage)
{
    internal static InboundCheck Accept(Activity activity) => new(activity, null, null);

    internal static InboundCheck Refuse(string code, string message) => new(null, code, message);
}
