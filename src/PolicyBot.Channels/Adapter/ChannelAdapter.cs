using Microsoft.Extensions.Logging;
using PolicyBot.Channels.Connector;
using PolicyBot.Schema;

namespace PolicyBot.Channels.Adapter;

/// <summary>
/// Runs one activity from the bot endpoint through the <see cref="IBot"/> and says what to answer the channel. Replies
/// travel in the response body (expectReplies, invoke) or are handed to the <see cref="ReplyOutbox"/>, which delivers
/// them after the response, and only to a serviceUrl the <see cref="ServiceUrlPolicy"/> allows for this caller.
/// A failing turn is the bot's to handle (it apologises and recovers); an exception that still escapes it is a fault of
/// the service and left to the host.
/// </summary>
public sealed partial class ChannelAdapter(
    IBot bot,
    ReplyOutbox outbox,
    ServiceUrlPolicy serviceUrls,
    ILogger<ChannelAdapter> logger)
{
    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(2);

    /// <summary>Handles an activity posted to the bot endpoint by an authenticated (or anonymous development) caller.</summary>
    public async Task<AdapterResponse> ProcessAsync(Activity posted, AuthenticationResult caller, CancellationToken cancellationToken)
    {
        var check = InboundActivity.Check(posted);
        if (check.Activity is not { } checkedActivity)
        {
            return BadRequest(check.ErrorCode!, check.ErrorMessage!);
        }
        var incoming = checkedActivity with { TrustedChannelId = caller.TrustedChannelId ?? AuthenticationResult.AnonymousChannel };
        if (incoming.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.Invoke))
        {
            LogIgnored(logger, UnicodeText.ForLog(incoming.Type), UnicodeText.ForLog(incoming.Conversation?.Id));
            return AdapterResponse.Ok;
        }
        if (string.IsNullOrEmpty(incoming.Conversation?.Id))
        {
            return BadRequest("MissingProperty", "The activity has no conversation.id.");
        }

        var inBody = IsExpectReplies(incoming) || incoming.Type == ActivityTypes.Invoke;
        var (destination, refusal) = serviceUrls.Check(incoming.ServiceUrl, authenticated: !caller.IsAnonymous);
        if (!inBody && destination is null)
        {
            LogRefusedServiceUrl(logger, UnicodeText.ForLog(incoming.ServiceUrl));
            return new AdapterResponse(incoming.ServiceUrl is null ? 400 : 403,
                ErrorResponse.Of(incoming.ServiceUrl is null ? "MissingProperty" : "BadArgument", refusal!));
        }
        if (!inBody && !outbox.HasRoom)
        {
            return new AdapterResponse(503, ErrorResponse.Of("ServiceBusy", "Too many replies are waiting to be delivered; retry shortly."),
                BusyRetryAfter);
        }

        var produced = await bot.OnTurnAsync(incoming, cancellationToken).ConfigureAwait(false);
        var replies = Addressed(incoming, produced);

        if (incoming.Type == ActivityTypes.Invoke)
        {
            if (destination is not null)
            {
                outbox.TryEnqueue(replies);
            }
            return InvokeResult(incoming, produced);
        }
        if (IsExpectReplies(incoming))
        {
            return new AdapterResponse(200, new ExpectedReplies(replies));
        }
        outbox.TryEnqueue(replies);
        return AdapterResponse.Ok;
    }

    /// <summary>
    /// Runs a message or conversationUpdate turn for a transport that delivers replies itself (Direct Line) and returns
    /// the replies, addressed. The activity must already have passed <see cref="InboundActivity.Check"/>.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity incoming, CancellationToken cancellationToken)
    {
        return Addressed(incoming, await bot.OnTurnAsync(incoming, cancellationToken).ConfigureAwait(false));
    }

    // What the bot produced, minus its invoke response, addressed as answers to the incoming activity.
    private static List<Activity> Addressed(Activity incoming, IReadOnlyList<Activity> produced) =>
        produced.Where(a => a.Type != InvokeResponse.ActivityType).Select(a => ReplyAddressing.AddressReply(incoming, a)).ToList();

    private AdapterResponse InvokeResult(Activity incoming, IReadOnlyList<Activity> produced)
    {
        var invokeResponse = produced.FirstOrDefault(a => a.Type == InvokeResponse.ActivityType);
        if (invokeResponse?.Value is not { } value)
        {
            LogInvokeNotImplemented(logger, UnicodeText.ForLog(incoming.Name));
            return new AdapterResponse(501, ErrorResponse.Of("NotImplemented", "The bot does not handle this invoke."));
        }
        var status = value.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) ? code : 200;
        object? body = value.TryGetProperty("body", out var b) ? b : null;
        return new AdapterResponse(status, body);
    }

    private static AdapterResponse BadRequest(string code, string message) => new(400, ErrorResponse.Of(code, message));

    private static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);
}
