namespace PolicyBot.Dialogs.Tests.Fakes;

/// <summary>A clock that always says 2026-11-23 10:00 in China (02:00 UTC).</summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
