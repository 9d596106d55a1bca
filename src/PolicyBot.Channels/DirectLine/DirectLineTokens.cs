using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PolicyBot.Channels.DirectLine;

/// <summary>
/// Bearer tokens, at most one live per conversation: issuing a new one (refresh) revokes the previous, and a
/// conversation's token goes with it, so the table never holds more entries than there are live conversations.
/// A token is random and looked up, never trusted for its content; it is shaped like an unsigned JWT only so that
/// Web Chat and DirectLineJS read the user id from its <c>user</c> claim, as they do with real Direct Line tokens.
/// </summary>
internal sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private static readonly string Header = Base64Url("""{"alg":"none","typ":"JWT"}"""u8.ToArray());
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string ConversationId, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byConversation = new(StringComparer.Ordinal);

    public int LifetimeSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    /// <summary>Tokens held, live or expired.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _tokens.Count;
            }
        }
    }

    /// <summary>A new token for the conversation; any earlier token of the conversation stops working at once.</summary>
    public string Issue(string conversationId, string userId)
    {
        lock (_gate)
        {
            return IssueLocked(conversationId, userId);
        }
    }

    private string IssueLocked(string conversationId, string userId)
    {
        var token = NewToken(userId);
        if (_byConversation.TryGetValue(conversationId, out var previous))
        {
            _tokens.Remove(previous);
        }
        _tokens[token] = (conversationId, time.GetUtcNow() + options.Value.TokenLifetime);
        _byConversation[conversationId] = token;
        return token;
    }

    /// <summary>Replaces a valid token by a new one for the same conversation; null when it is no longer the current one.</summary>
    public string? Refresh(string token, string userId)
    {
        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out var entry) || entry.ExpiresAt <= time.GetUtcNow())
            {
                return null;
            }
            return IssueLocked(entry.ConversationId, userId);
        }
    }

    /// <summary>Forgets the conversation's token (the conversation is gone).</summary>
    public void Remove(string conversationId)
    {
        lock (_gate)
        {
            if (_byConversation.Remove(conversationId, out var token))
            {
                _tokens.Remove(token);
            }
        }
    }

    public TokenCheck Check(string? authorization)
    {
        if (BearerValue(authorization) is not { } token)
        {
            return new TokenCheck(TokenStatus.Missing, null, null);
        }
        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out var entry))
            {
                return new TokenCheck(TokenStatus.Unknown, null, token);
            }
            return entry.ExpiresAt <= time.GetUtcNow()
                ? new TokenCheck(TokenStatus.Expired, entry.ConversationId, token)
                : new TokenCheck(TokenStatus.Valid, entry.ConversationId, token);
        }
    }

    /// <summary>The value of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? BearerValue(string? authorization)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(authorization) || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var value = authorization[scheme.Length..].Trim();
        return value.Length == 0 ? null : value;
    }

    internal static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string NewToken(string userId)
    {
        var claims = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["user"] = userId }));
        return $"{Header}.{claims}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";
    }
}

internal enum TokenStatus { Missing, Unknown, Expired, Valid }

internal readonly record struct TokenCheck(TokenStatus Status, string? ConversationId, string? Token);
