using Microsoft.Extensions.Options;

namespace PolicyBot.Channels.DirectLine;

/// <summary>Rejects unusable Direct Line limits at start.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        if (options.TokenLifetime < TimeSpan.FromMinutes(1))
        {
            failures.Add("DirectLine:TokenLifetime must be at least one minute.");
        }
        if (options.MaxActivitiesPerConversation < 10)
        {
            failures.Add("DirectLine:MaxActivitiesPerConversation must be at least 10.");
        }
        if (options.MaxConversations < 1)
        {
            failures.Add("DirectLine:MaxConversations must be positive.");
        }
        if (string.IsNullOrWhiteSpace(options.BotId))
        {
            failures.Add("DirectLine:BotId is required.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
