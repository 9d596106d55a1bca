using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.Adapter;
using PolicyBot.Schema;

namespace PolicyBot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 operations the embedded Web Chat needs, served from memory. User activities are echoed
/// into the conversation, run through the <see cref="ChannelAdapter"/> in process, and the bot's replies appended.
/// </summary>
public sealed partial class DirectLineService
{
    private const string ChannelId = "directline";
    private readonly DirectLineStore _store;
    private readonly DirectLineTokens _tokens;
    private readonly ChannelAdapter _adapter;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineService> _logger;
    private readonly ChannelAccount _bot;

    internal DirectLineService(DirectLineStore store, DirectLineTokens tokens, ChannelAdapter adapter,
        IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineService> logger)
    {
        _store = store;
        _tokens = tokens;
        _adapter = adapter;
        _time = time;
        _logger = logger;
        _bot = new ChannelAccount(options.Value.BotId, options.Value.BotName, "bot");
    }

    /// <summary>POST /tokens/generate: reserves a conversation and a token for it; the bot is not contacted.</summary>
    public DirectLineResult GenerateToken(TokenParameters? parameters)
    {
        var conversation = _store.Create(parameters?.User?.Id);
        return new DirectLineResult(200, new ConversationInfo(conversation.Id, _tokens.Issue(conversation.Id), _tokens.LifetimeSeconds));
    }

    /// <summary>POST /tokens/refresh: a fresh token for the conversation of a still valid one.</summary>
    public DirectLineResult RefreshToken(string? authorization)
    {
        var check = _tokens.Check(authorization);
        if (Reject(check) is { } rejected)
        {
            return rejected;
        }
        var conversationId = check.ConversationId!;
        return new DirectLineResult(200, new ConversationInfo(conversationId, _tokens.Issue(conversationId), _tokens.LifetimeSeconds));
    }

    /// <summary>
    /// POST /conversations: starts the conversation a token was generated for (or a new one when no token is given)
    /// and lets the bot welcome the user; 201 when started now, 200 when it already was.
    /// </summary>
    public async Task<DirectLineResult> StartConversationAsync(string? authorization, TokenParameters? parameters,
        Uri streamBase, CancellationToken cancellationToken)
    {
        DirectLineConversation? conversation;
        string token;
        if (string.IsNullOrEmpty(authorization))
        {
            conversation = _store.Create(parameters?.User?.Id);
            token = _tokens.Issue(conversation.Id);
        }
        else
        {
            var check = _tokens.Check(authorization);
            if (Reject(check) is { } rejected)
            {
                return rejected;
            }
            conversation = _store.Find(check.ConversationId!);
            if (conversation is null)
            {
                return DirectLineResult.NotFound(check.ConversationId!);
            }
            token = authorization["Bearer ".Length..].Trim();
        }

        var info = new ConversationInfo(conversation.Id, token, _tokens.LifetimeSeconds, StreamUrl(streamBase, conversation.Id, token));
        if (!conversation.TryStart())
        {
            return new DirectLineResult(200, info);
        }
        LogStarted(_logger, conversation.Id);
        await WelcomeAsync(conversation, cancellationToken).ConfigureAwait(false);
        return new DirectLineResult(201, info);
    }

    /// <summary>GET /conversations/{id}?watermark=: the conversation's token and a stream URL that replays from the watermark.</summary>
    public DirectLineResult GetConversation(string conversationId, string? authorization, Uri streamBase, string? watermark = null)
    {
        if (Authorize(conversationId, authorization, out var conversation) is { } rejected)
        {
            return rejected;
        }
        var token = authorization!["Bearer ".Length..].Trim();
        var streamUrl = StreamUrl(streamBase, conversation.Id, token);
        if (ParseWatermark(watermark) > 0)
        {
            streamUrl += "&watermark=" + ParseWatermark(watermark).ToString(CultureInfo.InvariantCulture);
        }
        return new DirectLineResult(200, new ConversationInfo(conversation.Id, token, StreamUrl: streamUrl));
    }

    /// <summary>GET /conversations/{id}/activities?watermark=: the activities after the watermark.</summary>
    public DirectLineResult GetActivities(string conversationId, string? authorization, string? watermark)
    {
        if (Authorize(conversationId, authorization, out var conversation) is { } rejected)
        {
            return rejected;
        }
        return new DirectLineResult(200, conversation.After(ParseWatermark(watermark)));
    }

    /// <summary>POST /conversations/{id}/activities: stores the user's activity, runs the bot, appends its replies.</summary>
    public async Task<DirectLineResult> PostActivityAsync(string conversationId, string? authorization, Activity activity,
        CancellationToken cancellationToken)
    {
        if (Authorize(conversationId, authorization, out var conversation) is { } rejected)
        {
            return rejected;
        }
        if (string.IsNullOrEmpty(activity.Type) || string.IsNullOrEmpty(activity.From?.Id))
        {
            return DirectLineResult.Error(400, "MissingProperty", "An activity needs a type and from.id.");
        }

        await conversation.TurnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var incoming = conversation.Append(activity with
            {
                ChannelId = ChannelId,
                TrustedChannelId = ChannelId,
                Conversation = new ConversationAccount(conversation.Id),
                Recipient = _bot,
                From = activity.From with { Role = activity.From.Role ?? "user" },
                ServiceUrl = null,
                DeliveryMode = null,
            }, _time.GetUtcNow());

            if (incoming.Type is ActivityTypes.Message or ActivityTypes.Event)
            {
                try
                {
                    await RunTurnAsync(conversation, incoming, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // The bot owns a failing turn; an exception escaping it is answered as Direct Line does: 502.
                    LogBotFailed(_logger, exception, conversation.Id);
                    return DirectLineResult.Error(502, "BotRejectedActivity", "The bot failed to handle the activity.");
                }
            }
            return new DirectLineResult(200, new ResourceResponse(incoming.Id));
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    /// <summary>Watches a conversation: <paramref name="onAppended"/> runs after every new activity. Null if unauthorised.</summary>
    public IDisposable? Listen(string conversationId, string? authorization, Action onAppended) =>
        Authorize(conversationId, authorization, out var conversation) is null ? conversation.Listen(onAppended) : null;

    private async Task WelcomeAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            TrustedChannelId = ChannelId,
            Conversation = new ConversationAccount(conversation.Id),
            From = new ChannelAccount(conversation.UserId, Role: "user"),
            Recipient = _bot,
            MembersAdded = [_bot, new ChannelAccount(conversation.UserId, Role: "user")],
            Timestamp = _time.GetUtcNow(),
        };
        await conversation.TurnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RunTurnAsync(conversation, update, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity incoming, CancellationToken cancellationToken)
    {
        var replies = await _adapter.RunTurnAsync(incoming, cancellationToken).ConfigureAwait(false);
        foreach (var reply in replies)
        {
            conversation.Append(reply with { From = reply.From ?? _bot, ServiceUrl = null }, _time.GetUtcNow());
        }
    }

    private DirectLineResult? Authorize(string conversationId, string? authorization, out DirectLineConversation conversation)
    {
        conversation = _store.Find(conversationId)!;
        if (conversation is null)
        {
            return DirectLineResult.NotFound(conversationId);
        }
        var check = _tokens.Check(authorization);
        if (Reject(check) is { } rejected)
        {
            return rejected;
        }
        return check.ConversationId == conversationId
            ? null
            : DirectLineResult.Error(403, "BadArgument", "The token is not valid for this conversation.");
    }

    private static DirectLineResult? Reject(TokenCheck check) => check.Status switch
    {
        TokenStatus.Missing => DirectLineResult.Error(401, "BadArgument", "Authorization: Bearer <token> is required."),
        TokenStatus.Unknown => DirectLineResult.Error(403, "BadArgument", "The token is not valid."),
        TokenStatus.Expired => DirectLineResult.Error(403, "TokenExpired", "The token has expired."),
        _ => null,
    };

    private static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string StreamUrl(Uri streamBase, string conversationId, string token) =>
        $"{streamBase.AbsoluteUri.TrimEnd('/')}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
}
