using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Channels.Tests.Infrastructure;

/// <summary>Mints the tokens a channel, the Emulator or an attacker would send.</summary>
public static class TestTokens
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    /// <summary>A Bot Connector token as a channel sends it: issuer, audience = app id, serviceurl claim.</summary>
    public static string Channel(TestSigningKey key, string appId, string serviceUrl, DateTimeOffset now,
        string issuer = BotFrameworkIssuer, TimeSpan? notBeforeOffset = null, TimeSpan? expiresOffset = null) =>
        Sign(key, issuer, appId, now, new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, notBeforeOffset, expiresOffset);

    /// <summary>An Entra token minted with the bot's own credentials (the Emulator's kind): ver plus appid or azp.</summary>
    public static string Entra(TestSigningKey key, string issuer, string appId, string clientAppId, DateTimeOffset now,
        string version = "1.0", string? tenantId = null)
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, [version == "2.0" ? "azp" : "appid"] = clientAppId };
        if (tenantId is not null)
        {
            claims["tid"] = tenantId;
        }
        return Sign(key, issuer, appId, now, claims);
    }

    public static string Sign(TestSigningKey key, string issuer, string audience, DateTimeOffset now,
        IDictionary<string, object> claims, TimeSpan? notBeforeOffset = null, TimeSpan? expiresOffset = null) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime.AddMinutes(-1),
            NotBefore = now.UtcDateTime + (notBeforeOffset ?? TimeSpan.FromMinutes(-1)),
            Expires = now.UtcDateTime + (expiresOffset ?? TimeSpan.FromHours(1)),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        });

    /// <summary>An unsigned token (<c>alg: none</c>) naming <paramref name="kid"/>, with valid claims otherwise.</summary>
    public static string Unsigned(string kid, string issuer, string audience, string serviceUrl, DateTimeOffset now) =>
        Raw(new { alg = "none", typ = "JWT", kid }, Payload(issuer, audience, serviceUrl, now)) + ".";

    /// <summary>A token signed with HMAC-SHA256 under a secret an attacker chose.</summary>
    public static string Hs256(string kid, string secret, string issuer, string audience, string serviceUrl, DateTimeOffset now)
    {
        var unsigned = Raw(new { alg = "HS256", typ = "JWT", kid }, Payload(issuer, audience, serviceUrl, now));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(unsigned));
        return unsigned + "." + Base64UrlEncoder.Encode(signature);
    }

    private static object Payload(string issuer, string audience, string serviceUrl, DateTimeOffset now) => new
    {
        iss = issuer,
        aud = audience,
        serviceurl = serviceUrl,
        nbf = now.AddMinutes(-1).ToUnixTimeSeconds(),
        exp = now.AddHours(1).ToUnixTimeSeconds(),
    };

    private static string Raw(object header, object payload) =>
        Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(header)) + "." +
        Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(payload));
}
