namespace PolicyBot.Channels.Hosting;

/// <summary>
/// Bot registration and endpoint limits, bound to the <c>Bot</c> configuration section.
/// An empty <see cref="MicrosoftAppId"/> means local development mode: no Authorization header is required
/// on incoming requests and none is sent to the Connector.
/// </summary>
public sealed class BotOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Bot";

    /// <summary>The tenant that issues Connector tokens to multi-tenant bots.</summary>
    public const string MultiTenantTokenTenant = "botframework.com";

    /// <summary>The placeholder in <see cref="TokenEndpoint"/> replaced by the tenant that issues our tokens.</summary>
    public const string TenantPlaceholder = "{tenant}";

    /// <summary>The Microsoft App ID of the Azure Bot registration; empty in local development.</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>The client secret for the App ID; empty in local development and for a managed identity.</summary>
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>The Entra tenant of a single-tenant or managed-identity registration; empty otherwise.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>The kind of app registration; read case-insensitively, <c>MultiTenant</c> by default.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>OpenID metadata of the Bot Connector, which signs tokens with issuer <c>https://api.botframework.com</c>.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra ID, which signs Emulator and single-tenant tokens.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The client-credentials token endpoint; <c>{tenant}</c> becomes the tenant that issues our tokens.</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>The scope requested for Connector tokens.</summary>
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Largest accepted request body in bytes (Direct Line allows 256K characters per activity).</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Timeout of one Connector REST call.</summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Connectors that may receive replies to unauthenticated (development) requests besides loopback ones, as URL
    /// prefixes (scheme, host, port and path prefix must match). Empty by default.
    /// </summary>
    public string[] AllowedServiceUrls { get; set; } = [];

    /// <summary>Most Connector calls in flight at once (delivery lanes of the reply outbox).</summary>
    public int MaxConcurrentDeliveries { get; set; } = 4;

    /// <summary>Most turns whose replies may wait for delivery; beyond it the endpoint answers 503.</summary>
    public int MaxQueuedTurns { get; set; } = 1000;

    /// <summary>How long one turn's replies may take to deliver, retries included, before the rest are dropped.</summary>
    public TimeSpan DeliveryDeadline { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>True when no App ID is configured.</summary>
    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The tenant that issues our outgoing tokens: botframework.com for multi-tenant apps, ours otherwise.</summary>
    public string TokenTenant => MicrosoftAppType == BotAppType.MultiTenant ? MultiTenantTokenTenant : MicrosoftAppTenantId;

    /// <summary><see cref="TokenEndpoint"/> with the tenant filled in.</summary>
    public string ResolvedTokenEndpoint => TokenEndpoint.Replace(TenantPlaceholder, TokenTenant, StringComparison.OrdinalIgnoreCase);
}
