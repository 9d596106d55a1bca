using Microsoft.Extensions.Logging;

namespace PolicyBot.Channels.Adapter;

public sealed partial class ChannelAdapter
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity of type {ActivityType} in conversation {ConversationId}")]
    private static partial void LogIgnored(ILogger logger, string? activityType, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} in conversation {ConversationId}; apologising and resetting")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not reset conversation {ConversationId} after a failed turn")]
    private static partial void LogResetFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a reply in conversation {ConversationId}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoke {InvokeName} not handled by the bot; answering 501")]
    private static partial void LogInvokeNotImplemented(ILogger logger, string? invokeName);
}
