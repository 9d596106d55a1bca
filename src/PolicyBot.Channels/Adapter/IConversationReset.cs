namespace PolicyBot.Channels.Adapter;

/// <summary>
/// Forgets a conversation's state after a failed turn, so the user is not stuck in a broken dialog.
/// The bot's state store implements it; the default does nothing.
/// </summary>
public interface IConversationReset
{
    /// <summary>Drops all state kept for the conversation.</summary>
    Task ResetAsync(string? channelId, string conversationId, CancellationToken cancellationToken);
}

/// <summary>The reset used while the bot keeps no conversation state.</summary>
public sealed class NoConversationReset : IConversationReset
{
    /// <inheritdoc />
    public Task ResetAsync(string? channelId, string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;
}
