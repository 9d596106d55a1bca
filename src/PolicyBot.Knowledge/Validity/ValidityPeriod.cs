namespace PolicyBot.Knowledge.Documents;

/// <summary>When a measure applies; either end may be open, and Source says where the dates came from.</summary>
public sealed record ValidityPeriod(DateOnly? From, DateOnly? To, PeriodSource Source, string? Quote = null)
{
    public static readonly ValidityPeriod Unknown = new(null, null, PeriodSource.Unknown);

    public bool IsKnown => From is not null || To is not null;

    /// <summary>Status of the measure on <paramref name="day"/>.</summary>
    public ValidityStatus StatusOn(DateOnly day)
    {
        if (To is null && From is null) return ValidityStatus.Unknown;
        if (From is { } from && day < from) return ValidityStatus.NotYet;
        if (To is { } to && day > to) return ValidityStatus.Expired;
        // A start date alone says nothing about the end: whether it still applies is not known.
        return To is null ? ValidityStatus.Unknown : ValidityStatus.InForce;
    }

    public string Describe()
    {
        static string D(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
        return (From, To) switch
        {
            ({ } f, { } t) => $"{D(f)}至{D(t)}",
            (null, { } t) => $"至{D(t)}",
            ({ } f, null) => $"自{D(f)}起",
            _ => "未载明",
        };
    }
}

/// <summary>Where a period was read from.</summary>
public enum PeriodSource
{
    Unknown,
    Clause,
    Document,
    Catalog,
}

/// <summary>Whether a measure is in force on a given day.</summary>
public enum ValidityStatus
{
    Unknown,
    InForce,
    Expired,
    NotYet,
}

/// <summary>Wording for statuses.</summary>
public static class ValidityStatusText
{
    public static string Chinese(this ValidityStatus status) => status switch
    {
        ValidityStatus.InForce => "有效",
        ValidityStatus.Expired => "已过期",
        ValidityStatus.NotYet => "尚未施行",
        _ => "有效期未载明",
    };

    public static string Code(this ValidityStatus status) => status switch
    {
        ValidityStatus.InForce => "in_force",
        ValidityStatus.Expired => "expired",
        ValidityStatus.NotYet => "not_yet",
        _ => "unknown",
    };
}
