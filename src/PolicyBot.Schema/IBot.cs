namespace PolicyBot.Schema;

/// <summary>
/// The bot's turn logic, independent of how activities arrive. The adapter calls it once per incoming
/// activity and delivers what it returns (a typing activity may come first when slow work follows).
/// </summary>
public interface IBot
{
    /// <summary>Handles one incoming activity and returns the replies, in order; addressing is the adapter's job.</summary>
    Task<IReadOnlyList<Activity>> OnTurnAsync(Activity incoming, CancellationToken cancellationToken);
}
