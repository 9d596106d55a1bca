using PolicyBot.Dialogs.Definitions;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Dialogs.Profile;

/// <summary>Lays an update over the profile and derives the size from figures with the national standard.</summary>
public sealed class ProfileBuilder(SizeStandards standards, IndustryCatalog industries, TemplateSet templates, PolicyBotDialogOptions options)
{
    private readonly SizeClassifier _classifier = new(standards);

    /// <summary>The documents the size standard comes from, for explanations.</summary>
    public string Source => standards.Source;

    /// <summary>Applies the update (deriving the size unless the caller is still collecting figures); returns whether anything changed and notes to tell the user (place resolved, size derived).</summary>
    public (bool Changed, IReadOnlyList<string> Notes) Apply(ProfileState profile, ProfileUpdate update, bool deriveSize = true)
    {
        var notes = new List<string>();
        var changed = false;
        if (update.Place is { } place && (place.City ?? place.Name) is var city && (city != profile.City || place.Describe() != profile.PlaceName))
        {
            profile.City = city;
            profile.PlaceName = place.Describe();
            profile.Province = place.Province;
            profile.Skipped.Remove("city");
            changed = true;
            if (place.Level == PlaceLevel.County) notes.Add(templates.Render(TemplateIds.PlaceResolved, ("place", place.Name), ("city", city)));
        }

        var industryChanged = update.Industry is { } industry && industry.Name != profile.Industry;
        if (industryChanged)
        {
            profile.Industry = update.Industry!.Name;
            profile.IndustryId = update.Industry.Id;
            profile.Skipped.Remove("industry");
            changed = true;
        }

        if (update.Size is { } size && size != profile.Size)
        {
            profile.Size = size;
            profile.SizeExplanation = null;
            profile.Skipped.Remove("size");
            changed = true;
        }

        if (!update.Figures.IsEmpty)
        {
            var merged = profile.Figures.Merge(update.Figures);
            (profile.People, profile.Revenue, profile.Assets, profile.Approximate) = (merged.People, merged.Revenue, merged.Assets, merged.Approximate);
            changed = true;
        }

        // Complete figures are firmer than a word like 小厂: whenever they or the industry change, the standard decides.
        // Partial figures (revenue unknown, say) only guess, so a size the user named in the same message stands.
        if (deriveSize && (!update.Figures.IsEmpty || industryChanged) && !profile.Figures.IsEmpty)
        {
            var result = Classify(profile);
            if (result.Class is not null && !(result.Partial && update.Size is not null && update.Size != result.Class))
            {
                profile.Size = result.Class;
                profile.SizeExplanation = result.Explanation;
                profile.Skipped.Remove("size");
                notes.Add(templates.Render(TemplateIds.SizeDerived, ("source", standards.Source), ("explanation", result.Explanation)));
            }
        }

        return (changed, notes);
    }

    /// <summary>Classifies the profile's figures against its industry's row (or the fallback row).</summary>
    public SizeClassification Classify(ProfileState profile) => _classifier.Classify(StandardFor(profile).Id, profile.Figures);

    /// <summary>The size-standard row for the profile's industry.</summary>
    public SizeStandard StandardFor(ProfileState profile) =>
        standards.Row(industries.Resolve(profile.IndustryId)?.SizeStandard) ?? standards.Row(options.FallbackSizeStandard)
        ?? throw new InvalidOperationException($"Size standard row '{options.FallbackSizeStandard}' missing");

    /// <summary>The profile in one line, e.g. "城市：廉江市（湛江市）｜行业：制造业｜规模：小型".</summary>
    public string Describe(ProfileState profile)
    {
        var unknown = templates.Raw(TemplateIds.ValueUnknown);
        return templates.Render(TemplateIds.ProfileLine,
            ("city", profile.PlaceName ?? unknown), ("industry", profile.Industry ?? unknown), ("size", profile.Size ?? unknown));
    }
}
