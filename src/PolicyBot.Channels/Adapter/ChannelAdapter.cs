using Microsoft.Extensions.Logging;
using PolicyBot.Channels.Connector;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Adapter;

/// <summary>
/// Runs one incoming activity through the <see cref="IBot"/> and delivers what it returns: in the response body
/// (expectReplies, invoke) or through the Connector. Owns turn-level error handling: a failed turn is logged,
/// the user gets an apology, and the conversation's state is reset.
/// </summary>
public sealed partial class ChannelAdapter(
    IBot bot,
    IConnectorClient connector,
    IConversationReset conversationReset,
    ILogger<ChannelAdapter> logger)
{
    /// <summary>The apology sent when a turn fails.</summary>
    public const string ApologyText = "抱歉，处理您的消息时出现了问题。本次对话已重置，请重新提问。";

    /// <summary>Handles an activity posted to the bot endpoint and says what to answer the channel.</summary>
    public async Task<AdapterResponse> ProcessAsync(Activity incoming, CancellationToken cancellationToken)
    {
        if (Validate(incoming) is { } invalid)
        {
            return invalid;
        }
        switch (incoming.Type)
        {
            case ActivityTypes.Invoke:
                return await ProcessInvokeAsync(incoming, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.Message or ActivityTypes.ConversationUpdate:
                break;
            default:
                LogIgnored(logger, incoming.Type, incoming.Conversation?.Id);
                return AdapterResponse.Ok;
        }

        var replies = await RunTurnAsync(incoming, cancellationToken).ConfigureAwait(false);
        if (IsExpectReplies(incoming))
        {
            return new AdapterResponse(200, new ExpectedReplies(replies));
        }
        await DeliverAsync(replies, cancellationToken).ConfigureAwait(false);
        return AdapterResponse.Ok;
    }

    /// <summary>
    /// Runs a message or conversationUpdate turn and returns the replies, addressed; never throws for a bot failure
    /// (the replies are then the apology). Used directly by transports that deliver replies themselves.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity incoming, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> produced;
        try
        {
            produced = await bot.OnTurnAsync(incoming, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, exception, incoming.Type, incoming.Conversation?.Id);
            await ResetAsync(incoming, cancellationToken).ConfigureAwait(false);
            produced = [new Activity { Type = ActivityTypes.Message, Text = ApologyText, InputHint = InputHints.AcceptingInput }];
        }
        return produced
            .Where(a => a.Type != InvokeResponse.ActivityType)
            .Select(a => ReplyAddressing.AddressReply(incoming, a))
            .ToList();
    }

    private async Task<AdapterResponse> ProcessInvokeAsync(Activity incoming, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> produced;
        try
        {
            produced = await bot.OnTurnAsync(incoming, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, exception, incoming.Type, incoming.Conversation?.Id);
            await ResetAsync(incoming, cancellationToken).ConfigureAwait(false);
            return new AdapterResponse(500);
        }
        var invokeResponse = produced.FirstOrDefault(a => a.Type == InvokeResponse.ActivityType);
        var others = produced.Where(a => a.Type != InvokeResponse.ActivityType)
            .Select(a => ReplyAddressing.AddressReply(incoming, a)).ToList();
        if (others.Count > 0 && ConnectorUris.TryParseServiceUrl(incoming.ServiceUrl, out _))
        {
            await DeliverAsync(others, cancellationToken).ConfigureAwait(false);
        }
        if (invokeResponse?.Value is not { } value)
        {
            LogInvokeNotImplemented(logger, incoming.Name);
            return new AdapterResponse(501);
        }
        var status = value.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) ? code : 200;
        object? body = value.TryGetProperty("body", out var b) ? b : null;
        return new AdapterResponse(status, body);
    }

    private async Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            try
            {
                await connector.SendAsync(reply, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ConnectorException or HttpRequestException or TaskCanceledException
                                              && !cancellationToken.IsCancellationRequested)
            {
                // The turn already happened; a channel that cannot take one reply should not lose the next.
                LogDeliveryFailed(logger, exception, reply.Conversation?.Id);
            }
        }
    }

    private async Task ResetAsync(Activity incoming, CancellationToken cancellationToken)
    {
        if (incoming.Conversation?.Id is not { } conversationId)
        {
            return;
        }
        try
        {
            await conversationReset.ResetAsync(incoming.ChannelId, conversationId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogResetFailed(logger, exception, conversationId);
        }
    }

    private static AdapterResponse? Validate(Activity incoming)
    {
        if (string.IsNullOrWhiteSpace(incoming.Type))
        {
            return BadRequest("MissingProperty", "The activity has no type.");
        }
        if (incoming.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.Invoke))
        {
            return null;
        }
        if (string.IsNullOrEmpty(incoming.Conversation?.Id))
        {
            return BadRequest("MissingProperty", "The activity has no conversation.id.");
        }
        // Replies go back to serviceUrl unless they travel in the response body.
        return IsExpectReplies(incoming) || incoming.Type == ActivityTypes.Invoke || ConnectorUris.TryParseServiceUrl(incoming.ServiceUrl, out _)
            ? null
            : BadRequest("MissingProperty", "The activity has no absolute http(s) serviceUrl.");
    }

    private static AdapterResponse BadRequest(string code, string message) => new(400, ErrorResponse.Of(code, message));

    private static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);
}
