using Microsoft.Extensions.Options;

namespace PolicyBot.Channels.Hosting;

/// <summary>Rejects inconsistent bot settings at start rather than on the first turn.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (options.IsDevelopmentMode && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add("Bot:MicrosoftAppPassword is set but Bot:MicrosoftAppId is empty.");
        }
        if (!options.IsDevelopmentMode && !Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("Bot:MicrosoftAppId must be a GUID.");
        }
        if (options.MaxRequestBytes is < 1024 or > 4 * 1024 * 1024)
        {
            failures.Add("Bot:MaxRequestBytes must be between 1 KB and 4 MB.");
        }
        if (options.ConnectorTimeout <= TimeSpan.Zero)
        {
            failures.Add("Bot:ConnectorTimeout must be positive.");
        }
        if (options.MaxConcurrentDeliveries is < 1 or > 64)
        {
            failures.Add("Bot:MaxConcurrentDeliveries must be between 1 and 64.");
        }
        if (options.MaxQueuedTurns < 1)
        {
            failures.Add("Bot:MaxQueuedTurns must be positive.");
        }
        if (options.DeliveryDeadline < options.ConnectorTimeout)
        {
            failures.Add("Bot:DeliveryDeadline must be at least Bot:ConnectorTimeout.");
        }
        foreach (var allowed in options.AllowedServiceUrls)
        {
            if (!Uri.TryCreate(allowed, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0)
            {
                failures.Add($"Bot:AllowedServiceUrls entry '{allowed}' is not an absolute http(s) URL without credentials.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
