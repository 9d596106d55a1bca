namespace PolicyBot.Knowledge.Profiles;

/// <summary>Who is asking: any of the three may be missing.</summary>
public sealed record CompanyProfile(string? City = null, string? Industry = null, string? Size = null)
{
    public static readonly CompanyProfile Empty = new();

    public bool IsEmpty => City is null && Industry is null && Size is null;
}
