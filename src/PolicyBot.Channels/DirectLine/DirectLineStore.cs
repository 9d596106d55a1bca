using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PolicyBot.Channels.DirectLine;

/// <summary>
/// In-memory conversations, bounded in number. A conversation unused for <see cref="DirectLineOptions.ConversationIdleTimeout"/>
/// expires (checked on access, and swept periodically); when <see cref="DirectLineOptions.MaxConversations"/> are live,
/// new ones are refused — a live conversation is never evicted to make room — and one client may hold at most
/// <see cref="DirectLineOptions.MaxConversationsPerClient"/> of them, so no single address can fill the store.
/// </summary>
internal sealed class DirectLineStore : IDisposable
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly DirectLineOptions _options;
    private readonly ConversationLimits _limits;
    private readonly DirectLineTokens _tokens;
    private readonly TimeProvider _time;
    private readonly ITimer _sweep;

    public DirectLineStore(IOptions<DirectLineOptions> options, DirectLineTokens tokens, TimeProvider time)
    {
        _options = options.Value;
        _limits = ConversationLimits.From(_options);
        _tokens = tokens;
        _time = time;
        var period = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, _options.ConversationIdleTimeout.Ticks / 2));
        _sweep = time.CreateTimer(_ => Sweep(), null, period, period);
    }

    /// <summary>Live conversations.</summary>
    public int Count => _conversations.Count;

    /// <summary>
    /// A new conversation for <paramref name="userId"/> (a random <c>dl_</c> id when none) opened by
    /// <paramref name="client"/> (null: minted with the secret, by a trusted back end), or why there is none.
    /// </summary>
    public DirectLineConversation? TryCreate(string? userId, string? client = null) => TryCreate(userId, client, out _);

    /// <inheritdoc cref="TryCreate(string?, string?)"/>
    public DirectLineConversation? TryCreate(string? userId, string? client, out CreateRefusal refusal)
    {
        refusal = CreateRefusal.None;
        var id = DirectLineTokens.Base64Url(RandomNumberGenerator.GetBytes(16));
        var user = string.IsNullOrWhiteSpace(userId) ? NewUserId() : userId;
        var conversation = new DirectLineConversation(id, user, _limits, _time.GetUtcNow()) { Client = client };
        lock (_createGate)
        {
            if (_conversations.Count >= _options.MaxConversations || (client is not null && HeldBy(client) >= _options.MaxConversationsPerClient))
            {
                Sweep();
                if (_conversations.Count >= _options.MaxConversations)
                {
                    refusal = CreateRefusal.StoreFull;
                    return null;
                }
                if (client is not null && HeldBy(client) >= _options.MaxConversationsPerClient)
                {
                    refusal = CreateRefusal.ClientFull;
                    return null;
                }
            }
            _conversations[id] = conversation;
        }
        return conversation;
    }

    private int HeldBy(string client) => _conversations.Values.Count(c => string.Equals(c.Client, client, StringComparison.Ordinal));

    /// <summary>The live conversation with this id, marked as used now; null when unknown or expired.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }
        var now = _time.GetUtcNow();
        if (IsIdle(conversation, now))
        {
            Remove(conversation);
            return null;
        }
        conversation.Touch(now);
        return conversation;
    }

    /// <summary>Drops every conversation idle past its timeout, with its token and stream.</summary>
    public void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var conversation in _conversations.Values)
        {
            if (IsIdle(conversation, now))
            {
                Remove(conversation);
            }
        }
    }

    public void Dispose() => _sweep.Dispose();

    /// <summary>A user id chosen by the service; the <c>dl_</c> prefix marks ids that Direct Line, not the client, vouches for.</summary>
    public static string NewUserId() => "dl_" + DirectLineTokens.Base64Url(RandomNumberGenerator.GetBytes(12));

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        conversation.LastUsed + _options.ConversationIdleTimeout <= now;

    private void Remove(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            _tokens.Remove(conversation.Id);
            conversation.Close("expired");
        }
    }
}

/// <summary>Why no conversation was created.</summary>
internal enum CreateRefusal { None, StoreFull, ClientFull }
