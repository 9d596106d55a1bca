using Microsoft.Extensions.Options;

namespace PolicyBot.Channels.DirectLine;

/// <summary>Rejects unusable Direct Line limits at start.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        void Require(bool ok, string failure)
        {
            if (!ok)
            {
                failures.Add(failure);
            }
        }

        Require(options.MaxConversationsPerClient is >= 1, "DirectLine:MaxConversationsPerClient must be positive.");
        Require(options.Secret.Length is 0 or >= 32, "DirectLine:Secret must be empty (generated at start) or at least 32 characters.");
        Require(options.TokenLifetime >= TimeSpan.FromMinutes(1), "DirectLine:TokenLifetime must be at least one minute.");
        Require(options.ConversationIdleTimeout >= options.TokenLifetime,
            "DirectLine:ConversationIdleTimeout must be at least DirectLine:TokenLifetime.");
        Require(options.MaxConversations >= 1, "DirectLine:MaxConversations must be positive.");
        Require(options.MaxActivitiesPerConversation >= 10, "DirectLine:MaxActivitiesPerConversation must be at least 10.");
        Require(options.MaxActivityBytes >= 1024, "DirectLine:MaxActivityBytes must be at least 1 KB.");
        Require(options.MaxBytesPerConversation >= options.MaxActivityBytes,
            "DirectLine:MaxBytesPerConversation must be at least DirectLine:MaxActivityBytes.");
        Require(options.MaxPostsPerConversation >= 1, "DirectLine:MaxPostsPerConversation must be positive.");
        Require(options.MaxActivitiesPerPage >= 1, "DirectLine:MaxActivitiesPerPage must be positive.");
        Require(options.MaxBytesPerPage >= 1024, "DirectLine:MaxBytesPerPage must be at least 1 KB.");
        Require(!string.IsNullOrWhiteSpace(options.BotId), "DirectLine:BotId is required.");

        var rates = options.RateLimits;
        Require(rates is not null, "DirectLine:RateLimits is required.");
        if (rates is not null)
        {
            Require(rates.ConversationsPerMinutePerClient >= 1, "DirectLine:RateLimits:ConversationsPerMinutePerClient must be positive.");
            Require(rates.TokenRefreshesPerMinutePerClient >= 1, "DirectLine:RateLimits:TokenRefreshesPerMinutePerClient must be positive.");
            Require(rates.PostsPerMinutePerConversation >= 1, "DirectLine:RateLimits:PostsPerMinutePerConversation must be positive.");
            Require(rates.PostBurstPerConversation >= 1, "DirectLine:RateLimits:PostBurstPerConversation must be positive.");
            Require(rates.ReadsPerMinutePerConversation >= 60,
                "DirectLine:RateLimits:ReadsPerMinutePerConversation must be at least 60 (DirectLineJS polls once a second).");
            Require(rates.ReadBurstPerConversation >= 1, "DirectLine:RateLimits:ReadBurstPerConversation must be positive.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
