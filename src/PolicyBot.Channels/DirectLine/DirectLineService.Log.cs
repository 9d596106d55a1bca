using Microsoft.Extensions.Logging;

namespace PolicyBot.Channels.DirectLine;

public sealed partial class DirectLineService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    private static partial void LogStarted(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed a turn in Direct Line conversation {ConversationId}; answered 502")]
    private static partial void LogBotFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line refused a new conversation: {MaxConversations} are live")]
    private static partial void LogFull(ILogger logger, int maxConversations);
}
