namespace PolicyBot.Knowledge.Regions;

/// <summary>A province, prefecture-level city or county-level unit, with the units above it.</summary>
public sealed record Place(string Name, string Province, string? City, string? County)
{
    public PlaceLevel Level => County is not null ? PlaceLevel.County : City is not null ? PlaceLevel.City : PlaceLevel.Province;

    /// <summary>"廉江市（湛江市）" for a county, the name alone otherwise.</summary>
    public string Describe() => Level == PlaceLevel.County ? $"{County}（{City}）" : Name;
}

/// <summary>Administrative level of a place.</summary>
public enum PlaceLevel
{
    Province,
    City,
    County,
}
