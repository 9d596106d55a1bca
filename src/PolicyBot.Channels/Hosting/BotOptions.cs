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

    /// <summary>True when no App ID is configured.</summary>
    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
