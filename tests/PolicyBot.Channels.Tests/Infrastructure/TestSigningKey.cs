using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Channels.Tests.Infrastructure;

/// <summary>An RSA key made for one test, published as a JWK with the channels it endorses.</summary>
public sealed class TestSigningKey : IDisposable
{
    // Generating 2048-bit keys dominates test time, so tests draw from a small pool of pre-made key material;
    // consecutive keys are distinct, which is all one test needs.
    private const int PoolSize = 8;
    private static readonly Lazy<RSAParameters[]> Pool = new(() => Enumerable.Range(0, PoolSize).AsParallel().Select(_ =>
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(includePrivateParameters: true);
    }).ToArray());
    private static int _next = -1;

    private readonly RSA _rsa = RSA.Create(Pool.Value[(Interlocked.Increment(ref _next) & int.MaxValue) % PoolSize]);

    public TestSigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        // Pooled key material repeats across tests; IdentityModel's provider cache is keyed by it and would hand a later
        // test a provider bound to an earlier test's disposed RSA, so this key signs without the cache.
        SecurityKey = new RsaSecurityKey(_rsa)
        {
            KeyId = kid,
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
    }

    public string Kid { get; }

    /// <summary>The channels listed in the JWK's <c>endorsements</c>; null publishes no endorsements property.</summary>
    public string[]? Endorsements { get; init; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public half as a JSON Web Key object, as the Bot Framework keys document has it.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }
        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
