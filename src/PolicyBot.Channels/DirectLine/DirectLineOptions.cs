namespace PolicyBot.Channels.DirectLine;

/// <summary>Secret and limits of the in-memory Direct Line 3.0 service, bound to the <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>Longest conversation id accepted in a URL.</summary>
    public const int MaxConversationIdLength = 128;

    /// <summary>
    /// The master key that mints tokens (<c>POST /tokens/generate</c>, <c>POST /conversations</c> without a token);
    /// empty means a random one generated at start and kept in memory — the embedded page never needs it.
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>How long a token is valid; DirectLineJS refreshes at half this (it assumes 30 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a conversation may go unused before it is dropped; at least <see cref="TokenLifetime"/>.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Most live conversations; when reached, new ones are refused (503) — a live one is never evicted.</summary>
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>
    /// Most live conversations one client address may hold through the page's token endpoint (a conversation expires when
    /// idle); conversations minted with the secret by a back end do not count.
    /// </summary>
    public int MaxConversationsPerClient { get; set; } = 20;

    /// <summary>Most activities kept per conversation; older ones are dropped first.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>
    /// Most bytes of activities kept per conversation, counted as held in memory (two per character of their JSON);
    /// older activities are dropped first. 1,000 conversations × 128 KB bound the store near 125 MB.
    /// </summary>
    public int MaxBytesPerConversation { get; set; } = 128 * 1024;

    /// <summary>Largest activity a client may post, serialized; larger ones get 413.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Most activities a client may post to one conversation in its life; then it must start a new one.</summary>
    public int MaxPostsPerConversation { get; set; } = 1_000;

    /// <summary>Most activities in one <c>GET /activities</c> answer or stream frame.</summary>
    public int MaxActivitiesPerPage { get; set; } = 50;

    /// <summary>Most bytes of activities in one page, counted as held (a single larger activity still goes out alone).</summary>
    public int MaxBytesPerPage { get; set; } = 128 * 1024;

    /// <summary>The bot's account id as the client sees it.</summary>
    public string BotId { get; set; } = "policybot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "PolicyBot";

    /// <summary>Request rates the web host enforces.</summary>
    public DirectLineRateLimits RateLimits { get; set; } = new();
}
