using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyBot.Channels.Adapter;
using PolicyBot.Schema;

namespace PolicyBot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 operations the embedded Web Chat needs, served from memory. User activities are echoed
/// into the conversation, run through the <see cref="ChannelAdapter"/> in process, and the bot's replies appended.
/// The secret only mints conversations; each conversation is then used with its own token.
/// </summary>
public sealed partial class DirectLineService
{
    private const string ChannelId = "directline";
    private const int MaxUserIdLength = 64;
    private static readonly TimeSpan StreamTicketLifetime = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan FullRetryAfter = TimeSpan.FromSeconds(60);
    private readonly DirectLineStore _store;
    private readonly DirectLineTokens _tokens;
    private readonly ChannelAdapter _adapter;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineService> _logger;
    private readonly ChannelAccount _bot;
    private readonly byte[] _secret;

    internal DirectLineService(DirectLineStore store, DirectLineTokens tokens, ChannelAdapter adapter,
        IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineService> logger)
    {
        _store = store;
        _tokens = tokens;
        _adapter = adapter;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _bot = new ChannelAccount(_options.BotId, _options.BotName, "bot");
        _secret = Encoding.UTF8.GetBytes(_options.Secret);
    }

    /// <summary>True when the header carries the Direct Line secret (compared in constant time).</summary>
    public bool IsSecret(string? authorization) =>
        DirectLineTokens.BearerValue(authorization) is { } value && _secret.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(value), _secret);

    /// <summary>POST /tokens/generate (secret only): reserves a conversation and a token for it; the bot is not contacted.</summary>
    public DirectLineResult GenerateToken(string? authorization, TokenParameters? parameters)
    {
        if (!IsSecret(authorization))
        {
            return SecretRequired();
        }
        if (Create(parameters?.User?.Id, out var conversation, out var token) is { } refused)
        {
            return refused;
        }
        return new DirectLineResult(200, new ConversationInfo(conversation.Id, token, _tokens.LifetimeSeconds));
    }

    /// <summary>
    /// A new conversation and token for the embedded page, with a user id the service chooses; <paramref name="client"/>
    /// (the caller's address) may hold at most <see cref="DirectLineOptions.MaxConversationsPerClient"/> live ones.
    /// </summary>
    public DirectLineResult GenerateWebChatToken(string client)
    {
        if (Create(null, out var conversation, out var token, client) is { } refused)
        {
            return refused;
        }
        return new DirectLineResult(200, new WebChatToken(token, conversation.Id, _tokens.LifetimeSeconds, conversation.UserId));
    }

    /// <summary>POST /tokens/refresh: a fresh token for the conversation of a still valid one, which stops working at once.</summary>
    public DirectLineResult RefreshToken(string? authorization)
    {
        var check = _tokens.Check(authorization);
        if (Reject(check) is { } rejected)
        {
            return rejected;
        }
        var conversation = _store.Find(check.ConversationId!);
        var token = conversation is null ? null : _tokens.Refresh(check.Token!, conversation.UserId);
        return token is null
            ? InvalidToken()
            : new DirectLineResult(200, new ConversationInfo(conversation!.Id, token, _tokens.LifetimeSeconds));
    }

    /// <summary>
    /// POST /conversations: starts the conversation a token was generated for (or, with the secret, a new one)
    /// and lets the bot welcome the user; 201 when started now, 200 when it already was.
    /// </summary>
    public async Task<DirectLineResult> StartConversationAsync(string? authorization, TokenParameters? parameters,
        Uri streamBase, CancellationToken cancellationToken)
    {
        DirectLineConversation? conversation;
        string token;
        if (IsSecret(authorization))
        {
            if (Create(parameters?.User?.Id, out conversation, out token) is { } refused)
            {
                return refused;
            }
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
                return InvalidToken();
            }
            token = check.Token!;
        }

        var info = new ConversationInfo(conversation.Id, token, _tokens.LifetimeSeconds, StreamUrl(streamBase, conversation, 0));
        if (!conversation.TryStart())
        {
            return new DirectLineResult(200, info);
        }
        LogStarted(_logger, conversation.Id);
        await WelcomeAsync(conversation, cancellationToken).ConfigureAwait(false);
        return new DirectLineResult(201, info);
    }

    /// <summary>GET /conversations/{id}?watermark=: the conversation's token and a fresh stream URL that replays from the watermark.</summary>
    public DirectLineResult GetConversation(string conversationId, string? authorization, Uri streamBase, string? watermark = null)
    {
        if (Authorize(conversationId, authorization, out var conversation, out var token) is { } rejected)
        {
            return rejected;
        }
        var streamUrl = StreamUrl(streamBase, conversation, ParseWatermark(watermark));
        return new DirectLineResult(200, new ConversationInfo(conversation.Id, token, StreamUrl: streamUrl));
    }

    /// <summary>GET /conversations/{id}/activities?watermark=: one page of the activities after the watermark.</summary>
    public DirectLineResult GetActivities(string conversationId, string? authorization, string? watermark)
    {
        if (Authorize(conversationId, authorization, out var conversation, out _) is { } rejected)
        {
            return rejected;
        }
        return new DirectLineResult(200, conversation.After(ParseWatermark(watermark)));
    }

    /// <summary>
    /// POST /conversations/{id}/activities: stores the user's activity — always from the token's user, role <c>user</c> —
    /// runs the bot, appends its replies.
    /// </summary>
    public async Task<DirectLineResult> PostActivityAsync(string conversationId, string? authorization, Activity activity,
        CancellationToken cancellationToken)
    {
        if (Authorize(conversationId, authorization, out var conversation, out _) is { } rejected)
        {
            return rejected;
        }
        // Direct Line requires from.id from the client even though the token's user replaces it. The size limit
        // (MaxActivityBytes) is enforced where the body is read, before any parsing.
        if (string.IsNullOrEmpty(activity.From?.Id))
        {
            return DirectLineResult.Error(400, "MissingProperty", "An activity needs a type and from.id.");
        }
        if (!conversation.TryCountPost())
        {
            return DirectLineResult.Error(403, "ConversationFull", "This conversation is full; start a new one.");
        }

        await conversation.TurnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var check = InboundActivity.Check(activity with
            {
                ChannelId = ChannelId,
                TrustedChannelId = ChannelId,
                Conversation = new ConversationAccount(conversation.Id),
                Recipient = _bot,
                From = new ChannelAccount(conversation.UserId, activity.From.Name, "user"),
                ServiceUrl = null,
                DeliveryMode = null,
            });
            if (check.Activity is not { } checkedActivity)
            {
                return DirectLineResult.Error(400, check.ErrorCode!, check.ErrorMessage!);
            }
            var incoming = conversation.Append(checkedActivity, _time.GetUtcNow());

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

    /// <summary>
    /// Opens the conversation's stream with a single-use ticket from a stream URL; a stream already open is ended
    /// (<c>collision</c>). <paramref name="onAppended"/> runs after every new activity until the stream is disposed.
    /// </summary>
    public (DirectLineStream? Stream, DirectLineResult? Error) OpenStream(string conversationId, string? ticket, Action onAppended)
    {
        var conversation = conversationId.Length <= DirectLineOptions.MaxConversationIdLength ? _store.Find(conversationId) : null;
        if (conversation is null || !conversation.TryRedeemTicket(ticket, _time.GetUtcNow()))
        {
            return (null, DirectLineResult.Error(403, "BadArgument", "The stream URL is not valid (it works once, within 60 seconds)."));
        }
        return (new DirectLineStream(conversation, conversation.TakeStream(), onAppended, _time), null);
    }

    private DirectLineResult? Create(string? userId, out DirectLineConversation conversation, out string token, string? client = null)
    {
        conversation = null!;
        token = "";
        if (userId is { Length: > MaxUserIdLength })
        {
            return DirectLineResult.Error(400, "BadArgument", $"A user id may be at most {MaxUserIdLength} characters.");
        }
        var created = _store.TryCreate(userId, client, out var refusal);
        if (refusal == CreateRefusal.ClientFull)
        {
            return DirectLineResult.Error(429, "TooManyRequests", "This address already has as many open conversations as allowed; try again later.")
                with { RetryAfter = FullRetryAfter };
        }
        if (created is null)
        {
            LogFull(_logger, _options.MaxConversations);
            return DirectLineResult.Error(503, "TooManyConversations", "Too many conversations are open; try again later.")
                with { RetryAfter = FullRetryAfter };
        }
        conversation = created;
        token = _tokens.Issue(created.Id, created.UserId);
        return null;
    }

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

    // The token is checked before the conversation is looked up, and a conversation the token does not open gets the same
    // answer whether it exists or not: a caller learns nothing about other conversations.
    private DirectLineResult? Authorize(string conversationId, string? authorization, out DirectLineConversation conversation, out string token)
    {
        conversation = null!;
        token = "";
        if (conversationId.Length > DirectLineOptions.MaxConversationIdLength)
        {
            return DirectLineResult.Error(400, "BadArgument", "The conversation id is too long.");
        }
        var check = _tokens.Check(authorization);
        if (Reject(check) is { } rejected)
        {
            return rejected;
        }
        if (!string.Equals(check.ConversationId, conversationId, StringComparison.Ordinal) || _store.Find(conversationId) is not { } found)
        {
            return DirectLineResult.NotYourConversation();
        }
        conversation = found;
        token = check.Token!;
        return null;
    }

    private static DirectLineResult? Reject(TokenCheck check) => check.Status switch
    {
        TokenStatus.Missing => DirectLineResult.Error(401, "BadArgument", "Authorization: Bearer <token> is required."),
        TokenStatus.Unknown => InvalidToken(),
        TokenStatus.Expired => DirectLineResult.Error(403, "TokenExpired", "The token has expired."),
        _ => null,
    };

    private static DirectLineResult InvalidToken() => DirectLineResult.Error(403, "BadArgument", "The token is not valid.");

    private static DirectLineResult SecretRequired() =>
        DirectLineResult.Error(401, "BadArgument", "Authorization: Bearer <Direct Line secret> is required.");

    private static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    // The stream URL carries a single-use ticket, never the bearer token: URLs end up in logs and proxies.
    private string StreamUrl(Uri streamBase, DirectLineConversation conversation, long watermark)
    {
        var ticket = conversation.IssueTicket(_time.GetUtcNow() + StreamTicketLifetime);
        var url = $"{streamBase.AbsoluteUri.TrimEnd('/')}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?ticket={ticket}";
        return watermark > 0 ? url + "&watermark=" + watermark.ToString(CultureInfo.InvariantCulture) : url;
    }
}
