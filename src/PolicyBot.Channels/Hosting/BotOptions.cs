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

    /// <summary>The Microsoft App ID of the Azure Bot registration; empty in local development.</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>The client secret for the App ID; empty in local development.</summary>
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>The Entra tenant of a single-tenant registration; empty otherwise.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

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
}
