namespace PolicyBot.Knowledge.Documents;

/// <summary>Where a document applies: a whole province, or one city of it.</summary>
public sealed record Jurisdiction(string Province, string? City)
{
    public bool IsProvincial => City is null;

    /// <summary>The name a reader knows the region by: the city if there is one, else the province.</summary>
    public string Name => City ?? Province;

    public static readonly Jurisdiction Unknown = new("", null);
}
