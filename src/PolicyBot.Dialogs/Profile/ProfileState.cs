using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Dialogs.Profile;

/// <summary>The company profile as collected so far (serialized with the conversation).</summary>
public sealed class ProfileState
{
    /// <summary>Prefecture-level city the measures are looked up for ("湛江市").</summary>
    public string? City { get; set; }

    /// <summary>The place as the user named it, described ("廉江市（湛江市）").</summary>
    public string? PlaceName { get; set; }

    public string? Province { get; set; }

    public string? Industry { get; set; }

    public string? IndustryId { get; set; }

    public string? Size { get; set; }

    /// <summary>How the size was derived from figures, when it was.</summary>
    public string? SizeExplanation { get; set; }

    public decimal? People { get; set; }

    public decimal? Revenue { get; set; }

    public decimal? Assets { get; set; }

    public bool Approximate { get; set; }

    /// <summary>Slots the user chose not to answer.</summary>
    public List<string> Skipped { get; set; } = [];

    public CompanyFigures Figures => new(People, Revenue, Assets, Approximate);

    public CompanyProfile ToCompanyProfile() => new(City, Industry, Size);

    /// <summary>True when the slot has a value or was skipped.</summary>
    public bool IsSettled(string slotId) => Skipped.Contains(slotId) || slotId switch
    {
        "city" => City is not null,
        "industry" => Industry is not null,
        "size" => Size is not null,
        SizeIndicator.People => People is not null,
        SizeIndicator.Revenue => Revenue is not null,
        SizeIndicator.Assets => Assets is not null,
        _ => false,
    };
}
