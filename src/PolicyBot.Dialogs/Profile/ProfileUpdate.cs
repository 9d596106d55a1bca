using PolicyBot.Dialogs.Definitions;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Dialogs.Profile;

/// <summary>What one message says about the company: any of place, industry, size, figures, or a choice action.</summary>
public sealed record ProfileUpdate(Place? Place, Industry? Industry, string? Size, CompanyFigures Figures, ChoiceDefinition? Action = null)
{
    public static readonly ProfileUpdate Nothing = new(null, null, null, CompanyFigures.None);

    /// <summary>True when the message said nothing the profile can use.</summary>
    public bool IsEmpty => Place is null && Industry is null && Size is null && Figures.IsEmpty && Action is null;
}
