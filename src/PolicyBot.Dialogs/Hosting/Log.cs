using Microsoft.Extensions.Logging;

namespace PolicyBot.Dialogs.Hosting;

/// <summary>Log events of the turn handler, declared once.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationKey}; its dialog was abandoned, the profile kept")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string conversationKey);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Could not reset state of conversation {ConversationKey} after a failed turn")]
    public static partial void ResetFailed(ILogger logger, Exception exception, string conversationKey);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Could not keep the profile of conversation {ConversationKey} after a failed turn; resetting it")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception, string conversationKey);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Ignored activity of type {ActivityType}")]
    public static partial void Ignored(ILogger logger, string? activityType);
}
