namespace PolicyBot.Knowledge.Documents;

/// <summary>
/// The one place that decides what "today" is: the date where the policies apply (China, UTC+8), from the
/// injected clock, whatever the server's own time zone. Validity ("still in force?") is judged on this day.
/// </summary>
public sealed class PolicyCalendar(TimeProvider clock)
{
    /// <summary>Offset of the policies' time zone (China Standard Time has no daylight saving).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today where the policies apply.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
