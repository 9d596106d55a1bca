using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using PolicyBot.Channels.Connector;
using PolicyBot.Channels.Hosting;

namespace PolicyBot.Channels.Authentication;

/// <summary>
/// Obtains the bot's bearer token for the Connector with MSAL: the client-credentials grant for multi- and
/// single-tenant apps, the user-assigned managed identity otherwise; none at all without an App ID.
/// MSAL's in-memory app token cache serves the token until 5 minutes before it expires; concurrent callers
/// share one acquisition.
/// </summary>
public sealed partial class ConnectorTokenProvider : IConnectorTokenProvider
{
    private const string TokenPath = "/oauth2/v2.0/token";
    private const string DefaultScopeSuffix = "/.default";

    private readonly Func<Task<string>>? _acquire;
    private readonly string _source;
    private readonly ILogger<ConnectorTokenProvider> _logger;
    private readonly Lock _gate = new();
    private Task<string>? _pending;

    /// <summary>Builds the MSAL application the options describe.</summary>
    public ConnectorTokenProvider(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, ILogger<ConnectorTokenProvider> logger)
    {
        var bot = options.Value;
        _logger = logger;
        _source = bot.MicrosoftAppType == BotAppType.UserAssignedMsi ? "managed identity" : bot.ResolvedTokenEndpoint;
        if (bot.IsDevelopmentMode)
        {
            return;
        }
        var msalHttp = new MsalHttpClientFactory(httpClientFactory);
        if (bot.MicrosoftAppType == BotAppType.UserAssignedMsi)
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(bot.MicrosoftAppId))
                .WithHttpClientFactory(msalHttp)
                .Build();
            var resource = bot.OAuthScope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal)
                ? bot.OAuthScope[..^DefaultScopeSuffix.Length]
                : bot.OAuthScope;
            _acquire = async () => (await identity.AcquireTokenForManagedIdentity(resource).ExecuteAsync(CancellationToken.None)
                .ConfigureAwait(false)).AccessToken;
            return;
        }
        // The authority is the token endpoint without its fixed path; MSAL appends /oauth2/v2.0/token itself. The
        // authority is explicit, so there is nothing for instance discovery to find (and a test's loopback host has no
        // discovery endpoint). MSAL insists on https: tests serve their fake endpoint over https on 127.0.0.1.
        var endpoint = bot.ResolvedTokenEndpoint.TrimEnd('/');
        var authority = endpoint[..^TokenPath.Length];
        var client = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithAuthority(authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(msalHttp)
            .Build();
        string[] scopes = [bot.OAuthScope];
        _acquire = async () => (await client.AcquireTokenForClient(scopes).ExecuteAsync(CancellationToken.None)
            .ConfigureAwait(false)).AccessToken;
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        if (_acquire is null)
        {
            return null;
        }
        Task<string> pending;
        lock (_gate)
        {
            // A finished task (success or failure) is never reused: the next caller asks MSAL again, which answers
            // from its cache or renews the token.
            if (_pending is null || _pending.IsCompleted)
            {
                _pending = AcquireAsync(_acquire);
            }
            pending = _pending;
        }
        return await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    // Runs without the caller's token: the acquisition is shared, and one caller giving up must not fail the others.
    private async Task<string> AcquireAsync(Func<Task<string>> acquire)
    {
        try
        {
            return await acquire().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var error = exception is MsalException msal ? msal.ErrorCode : exception.GetType().Name;
            LogTokenFailed(_logger, _source, error);
            throw new ConnectorTokenException($"Could not obtain a Connector token from {_source}: {error}.", exception);
        }
    }

    [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "Could not obtain a Connector token from {Source}: {ErrorCode}")]
    private static partial void LogTokenFailed(ILogger logger, string source, string errorCode);
}
