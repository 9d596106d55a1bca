namespace PolicyBot.Channels.Hosting;

/// <summary>How the bot's Entra app registration authenticates (the SDK's <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>Multi-tenant app with a client secret; tokens come from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>Single-tenant app with a client secret; tokens come from <see cref="BotOptions.MicrosoftAppTenantId"/>.</summary>
    SingleTenant,

    /// <summary>User-assigned managed identity whose client id is the App ID; no secret.</summary>
    UserAssignedMsi,
}
