namespace PolicyBot.Knowledge.Profiles;

/// <summary>What a company said about its numbers: 从业人员, 营业收入 (万元), 资产总额 (万元); any may be missing.</summary>
public sealed record CompanyFigures(decimal? People = null, decimal? Revenue = null, decimal? Assets = null, bool Approximate = false)
{
    public static readonly CompanyFigures None = new();

    public bool IsEmpty => People is null && Revenue is null && Assets is null;

    /// <summary>The value of an indicator by id, or null when unknown.</summary>
    public decimal? Get(string indicatorId) => indicatorId switch
    {
        SizeIndicator.People => People,
        SizeIndicator.Revenue => Revenue,
        SizeIndicator.Assets => Assets,
        _ => null,
    };

    /// <summary>These figures with every known value of <paramref name="other"/> laid over them.</summary>
    public CompanyFigures Merge(CompanyFigures other) => new(
        other.People ?? People,
        other.Revenue ?? Revenue,
        other.Assets ?? Assets,
        Approximate || other.Approximate);
}
