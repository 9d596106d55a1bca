using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PolicyBot.Channels.DirectLine;

/// <summary>Opaque random bearer tokens, each bound to one conversation until it expires.</summary>
internal sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (string ConversationId, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);

    public int LifetimeSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    public string Issue(string conversationId)
    {
        var now = time.GetUtcNow();
        if (_tokens.Count > options.Value.MaxConversations * 4)
        {
            Purge(now);
        }
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = (conversationId, now + options.Value.TokenLifetime);
        return token;
    }

    public TokenCheck Check(string? authorization)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(authorization) || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return new TokenCheck(TokenStatus.Missing, null);
        }
        var token = authorization[scheme.Length..].Trim();
        if (!_tokens.TryGetValue(token, out var entry))
        {
            return new TokenCheck(TokenStatus.Unknown, null);
        }
        return entry.ExpiresAt <= time.GetUtcNow()
            ? new TokenCheck(TokenStatus.Expired, entry.ConversationId)
            : new TokenCheck(TokenStatus.Valid, entry.ConversationId);
    }

    internal static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void Purge(DateTimeOffset now)
    {
        foreach (var (token, entry) in _tokens)
        {
            if (entry.ExpiresAt <= now)
            {
                _tokens.TryRemove(token, out _);
            }
        }
    }
}

internal enum TokenStatus { Missing, Unknown, Expired, Valid }

internal readonly record struct TokenCheck(TokenStatus Status, string? ConversationId);
