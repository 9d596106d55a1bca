using Microsoft.Extensions.Time.Testing;
using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Tests.Documents;

public sealed class PolicyCalendarTests
{
    [Theory]
    [InlineData("2023-12-31T15:59:00Z", "2023-12-31")]
    [InlineData("2023-12-31T16:00:00Z", "2024-01-01")]
    [InlineData("2024-01-01T09:00:00-08:00", "2024-01-02")]
    public void Today_IsTheDateInChinaWhateverTheServerZone(string now, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), new PolicyCalendar(clock).Today);
    }
}
