using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Channels.Tests.Infrastructure;

/// <summary>An RSA key made for one test, published as a JWK with the channels it endorses.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = kid };
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
