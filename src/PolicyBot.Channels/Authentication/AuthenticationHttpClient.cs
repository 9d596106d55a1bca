namespace PolicyBot.Channels.Authentication;

/// <summary>The named <see cref="HttpClient"/> for OpenID metadata, signing keys and token requests.</summary>
public static class AuthenticationHttpClient
{
    /// <summary>The client's name in <see cref="IHttpClientFactory"/>.</summary>
    public const string Name = "BotAuthentication";

    /// <summary>Timeout of one metadata, key or token request.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
}
