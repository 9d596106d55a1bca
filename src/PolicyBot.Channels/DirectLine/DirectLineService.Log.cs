using Microsoft.Extensions.Logging;

namespace PolicyBot.Channels.DirectLine;

public sealed partial class DirectLineService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    private static partial void LogStarted(ILogger logger, string conversationId);
}
