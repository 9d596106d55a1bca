namespace PolicyBot.Channels.DirectLine;

/// <summary>Limits of the in-memory Direct Line 3.0 service, bound to the <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>How long a token is valid; DirectLineJS refreshes at half this (it assumes 30 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Most activities kept per conversation; older ones are dropped first.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Most conversations kept in memory; the least recently used is dropped first.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>The bot's account id as the client sees it.</summary>
    public string BotId { get; set; } = "policybot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "PolicyBot";
}
