using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyBot.Channels.Tests.Infrastructure;

/// <summary>
/// The identity side of the Bot Framework on 127.0.0.1 (Kestrel, free ports): OpenID metadata and JWKS for the Bot
/// Connector (<c>/botframework/…</c>) and for Entra (<c>/entra/…</c>) over http, and a client-credentials token endpoint
/// (<c>/{tenant}/oauth2/v2.0/token</c>) over https with a self-signed certificate, because MSAL only talks https.
/// </summary>
public sealed class LoopbackIdentityServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private int _channelKeyFetches;
    private int _tokensIssued;

    private LoopbackIdentityServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    /// <summary>Base address of the http listener (metadata and keys).</summary>
    public Uri HttpAddress { get; private set; } = null!;

    /// <summary>Base address of the https listener (token endpoint; metadata is served here too).</summary>
    public Uri HttpsAddress { get; private set; } = null!;

    /// <summary>The self-signed certificate of the https listener.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Keys published in the Bot Connector JWKS; change it to rotate keys.</summary>
    public ConcurrentDictionary<string, TestSigningKey> ChannelKeys { get; } = new();

    /// <summary>Keys published in the Entra JWKS.</summary>
    public ConcurrentDictionary<string, TestSigningKey> EntraKeys { get; } = new();

    /// <summary>The <c>expires_in</c> the token endpoint answers with.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>How long the token endpoint waits before answering (to make concurrent callers overlap).</summary>
    public TimeSpan TokenDelay { get; set; }

    /// <summary>When set, the token endpoint answers 401 invalid_client.</summary>
    public bool RejectTokenRequests { get; set; }

    public IReadOnlyCollection<TokenRequest> TokenRequests => _tokenRequests;

    public int ChannelKeyFetches => Volatile.Read(ref _channelKeyFetches);

    public string ChannelMetadataUrl => new Uri(HttpAddress, "botframework/.well-known/openidconfiguration").AbsoluteUri;

    public string EntraMetadataUrl => new Uri(HttpAddress, "entra/v2.0/.well-known/openid-configuration").AbsoluteUri;

    /// <summary>The token endpoint with the <c>{tenant}</c> placeholder the bot fills in.</summary>
    public string TokenEndpoint => HttpsAddress.AbsoluteUri + "{tenant}/oauth2/v2.0/token";

    public static async Task<LoopbackIdentityServer> StartAsync()
    {
        var certificate = X509CertificateLoader.LoadPkcs12(SharedCertificate.Value, password: null);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var server = new LoopbackIdentityServer(builder.Build(), certificate);
        server.Map();
        await server._app.StartAsync();
        var addresses = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.HttpAddress = new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)) + "/");
        server.HttpsAddress = new Uri(addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)) + "/");
        return server;
    }

    /// <summary>The Bot settings that point a bot at this server.</summary>
    public Dictionary<string, string?> BotSettings(string appId, string password = "test-secret") => new()
    {
        ["Bot:MicrosoftAppId"] = appId,
        ["Bot:MicrosoftAppPassword"] = password,
        ["Bot:OpenIdMetadataUrl"] = ChannelMetadataUrl,
        ["Bot:EntraOpenIdMetadataUrl"] = EntraMetadataUrl,
        ["Bot:TokenEndpoint"] = TokenEndpoint,
    };

    /// <summary>A primary handler that trusts exactly this server's certificate.</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = Certificate.Thumbprint;
        return new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is X509Certificate2 c && c.Thumbprint == thumbprint },
        };
    }

    private void Map()
    {
        _app.MapGet("/{family}/.well-known/openidconfiguration", (string family, HttpRequest request) => Metadata(family, request));
        _app.MapGet("/{family}/v2.0/.well-known/openid-configuration", (string family, HttpRequest request) => Metadata(family, request));
        _app.MapGet("/{family}/keys", (string family) =>
        {
            if (family == "botframework")
            {
                Interlocked.Increment(ref _channelKeyFetches);
            }
            var keys = family == "botframework" ? ChannelKeys : EntraKeys;
            return Results.Json(new { keys = keys.Values.Select(k => k.ToJwk()).ToArray() });
        });
        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            _tokenRequests.Enqueue(new TokenRequest(tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
            if (TokenDelay > TimeSpan.Zero)
            {
                await Task.Delay(TokenDelay);
            }
            if (RejectTokenRequests)
            {
                return Results.Json(new { error = "invalid_client", error_description = "Bad secret." }, statusCode: 401);
            }
            var number = Interlocked.Increment(ref _tokensIssued);
            return Results.Json(new
            {
                token_type = "Bearer",
                expires_in = TokenLifetimeSeconds,
                ext_expires_in = TokenLifetimeSeconds,
                access_token = $"connector-token-{number}",
            });
        });
    }

    private static IResult Metadata(string family, HttpRequest request)
    {
        var self = $"{request.Scheme}://{request.Host}";
        return Results.Json(new
        {
            issuer = family == "botframework" ? TestTokens.BotFrameworkIssuer : "https://login.microsoftonline.com/{tenantid}/v2.0",
            authorization_endpoint = $"{self}/{family}/authorize",
            jwks_uri = $"{self}/{family}/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        });
    }

    private static readonly Lazy<byte[]> SharedCertificate = new(CreateCertificate);

    private static byte[] CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kept as PKCS#12 so each server loads its own copy with a private key SslStream can use on every platform.
        return ephemeral.Export(X509ContentType.Pfx);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
        foreach (var key in ChannelKeys.Values.Concat(EntraKeys.Values))
        {
            key.Dispose();
        }
    }
}

/// <summary>One form POST to the token endpoint: the tenant in the path and the form fields.</summary>
public sealed record TokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form);
