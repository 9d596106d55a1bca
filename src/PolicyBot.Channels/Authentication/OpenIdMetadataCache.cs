using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PolicyBot.Channels.Hosting;

namespace PolicyBot.Channels.Authentication;

/// <summary>
/// The OpenID metadata and signing keys of one issuer, fetched with <see cref="OpenIdConnectConfigurationRetriever"/>
/// and cached: refreshed every <see cref="AutomaticRefreshInterval"/>, and on demand when a token names a key we do
/// not have, at most once per <see cref="MinimumRefreshInterval"/> so unknown key ids cannot make us hammer the issuer.
/// </summary>
/// <remarks>
/// Why not <c>ConfigurationManager&lt;T&gt;</c>: in IdentityModel 8.x its <c>RequestRefresh</c> refreshes on a background
/// thread, so the retry that follows an unknown <c>kid</c> still sees the old keys unless the process-wide AppContext
/// switch <c>Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking</c> is flipped; and its clock cannot be injected,
/// so tests could not control the refresh. This class keeps the same policy (refresh ≤ 24 h, throttled forced refresh,
/// stale keys preferred to none) with the injected <see cref="TimeProvider"/>.
/// </remarks>
internal sealed partial class OpenIdMetadataCache(
    string metadataAddress,
    IHttpClientFactory httpClientFactory,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>Cached keys are refetched after this long even if every token's key is known.</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>An unknown key id refetches the keys only if the cached ones are at least this old.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>After a failed fetch, the next attempt waits this long (the stale keys, if any, keep serving).</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly bool _requireHttps = !BotOptionsValidator.IsLoopback(new Uri(metadataAddress));
    private volatile Snapshot? _current;
    private DateTimeOffset _nextAttempt = DateTimeOffset.MinValue;
    private Exception? _lastFailure;

    /// <summary>The metadata document this cache reads.</summary>
    public string MetadataAddress => metadataAddress;

    /// <summary>Returns the cached metadata, fetching it first if it is missing or older than the automatic refresh interval.</summary>
    /// <exception cref="SigningKeysUnavailableException">The metadata could not be fetched and none is cached.</exception>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current is not null && time.GetUtcNow() < current.FetchedAt + AutomaticRefreshInterval
            ? Task.FromResult(current.Configuration)
            : RefreshAsync(current, cancellationToken);
    }

    /// <summary>Refetches the metadata because a token named a key we lack, unless the cached keys are very recent.</summary>
    /// <exception cref="SigningKeysUnavailableException">The metadata could not be fetched and none is cached.</exception>
    public Task<OpenIdConnectConfiguration> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current is not null && time.GetUtcNow() < current.FetchedAt + MinimumRefreshInterval
            ? Task.FromResult(current.Configuration)
            : RefreshAsync(current, cancellationToken);
    }

    private async Task<OpenIdConnectConfiguration> RefreshAsync(Snapshot? seen, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current.Configuration; // another request refreshed while this one waited
            }
            var now = time.GetUtcNow();
            if (now < _nextAttempt && _lastFailure is not null)
            {
                return current?.Configuration ?? throw new SigningKeysUnavailableException(metadataAddress, _lastFailure);
            }
            try
            {
                var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(AuthenticationHttpClient.Name)) { RequireHttps = _requireHttps };
                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataAddress, retriever, cancellationToken)
                    .ConfigureAwait(false);
                _current = new Snapshot(configuration, now);
                _lastFailure = null;
                LogFetched(logger, metadataAddress, configuration.SigningKeys.Count);
                return configuration;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _nextAttempt = now + RetryAfterFailure;
                _lastFailure = exception;
                LogFetchFailed(logger, metadataAddress, current is not null, exception);
                return current?.Configuration ?? throw new SigningKeysUnavailableException(metadataAddress, exception);
            }
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched OpenID metadata from {Address}: {KeyCount} signing key(s)")]
    private static partial void LogFetched(ILogger logger, string address, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch OpenID metadata from {Address} (keeping cached keys: {HasCached})")]
    private static partial void LogFetchFailed(ILogger logger, string address, bool hasCached, Exception exception);
}
