namespace PolicyBot.Channels.DirectLine;

/// <summary>What one conversation keeps and accepts: activities and bytes retained, posts over its life, page size.</summary>
internal sealed record ConversationLimits(int MaxActivities, int MaxBytes, int MaxPosts, int PageActivities, int PageBytes)
{
    public static ConversationLimits From(DirectLineOptions options) => new(
        options.MaxActivitiesPerConversation, options.MaxBytesPerConversation, options.MaxPostsPerConversation,
        options.MaxActivitiesPerPage, options.MaxBytesPerPage);
}
