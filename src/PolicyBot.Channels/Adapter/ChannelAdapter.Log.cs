using Microsoft.Extensions.Logging;

namespace PolicyBot.Channels.Adapter;

public sealed partial class ChannelAdapter
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity of type {ActivityType} in conversation {ConversationId}")]
    private static partial void LogIgnored(ILogger logger, string? activityType, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity whose replies would go to {ServiceUrl}")]
    private static partial void LogRefusedServiceUrl(ILogger logger, string? serviceUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoke {InvokeName} not handled by the bot; answering 501")]
    private static partial void LogInvokeNotImplemented(ILogger logger, string? invokeName);
}
