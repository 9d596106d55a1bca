namespace PolicyBot.Channels.Authentication;

/// <summary>Issuers, claims and caller ids of the Bot Framework authentication protocol.</summary>
internal static class AuthenticationConstants
{
    /// <summary>The issuer of tokens the Bot Connector service sends to bots.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The callerId stamped on activities proven to come from an Azure Bot Service channel.</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    /// <summary>The prefix of the callerId of a request authenticated by an Entra app token.</summary>
    public const string AppIdCallerIdPrefix = "urn:botframework:aadappid:";

    public const string ServiceUrlClaim = "serviceurl";
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string TenantIdClaim = "tid";
    public const string EndorsementsProperty = "endorsements";

    /// <summary>Issuers of Entra tokens minted with a bot's own credentials (the Emulator's path), public and US Gov clouds.</summary>
    public static readonly IReadOnlySet<string> EntraIssuers = new HashSet<string>(StringComparer.Ordinal)
    {
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    };

    /// <summary>The issuers of a given tenant's v1 and v2 tokens.</summary>
    public static IEnumerable<string> TenantIssuers(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];

    /// <summary>RSA signatures only: rejects <c>alg: none</c> and symmetric algorithms whatever the keys hold.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>Clock skew tolerated on <c>nbf</c> and <c>exp</c>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
}
