using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Recognition;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Dialogs.Profile;

/// <summary>
/// Reads a message for everything it says about the company, in any order: a city or county (region table; 北京 and
/// the other municipalities count as cities),
/// an industry (industry catalog), a size word (the size slot's choices), headcount and money figures.
/// When a prompt is waiting, its choices are matched too (skip / derive buttons and their synonyms).
/// </summary>
public sealed class ProfileRecognizer(DialogCatalog catalog, RegionTable regions, IndustryCatalog industries)
{
    private const string SizeSlot = "size";

    // A municipality (北京市) is a province and a city of one name; a company there is in the city.
    private readonly Dictionary<string, Place> _municipalities = regions.Places
        .Where(p => p.Level == PlaceLevel.City && p.Name == p.Province)
        .DistinctBy(p => p.Name)
        .ToDictionary(p => p.Name, StringComparer.Ordinal);

    public ProfileUpdate Recognize(string text, SlotDefinition? expected = null)
    {
        var compact = TextShape.Compact(text);
        var action = expected?.Choices.FirstOrDefault(c => c.Action is not null && c.Phrases.Any(p => TextShape.Compact(p) == compact));
        if (action is not null) return ProfileUpdate.Nothing with { Action = action };

        return new ProfileUpdate(PlaceIn(text), industries.FindIn(text), SizeIn(text), FigureRecognizer.Recognize(text, expected?.Indicator));
    }

    /// <summary>The city or county a message names, a municipality as its city; a province alone is too broad to be where a company is.</summary>
    public Place? PlaceIn(string text) => regions.FindIn(text) switch
    {
        { Level: PlaceLevel.Province } province => _municipalities.GetValueOrDefault(province.Name),
        var place => place,
    };

    /// <summary>The size named by the longest size phrase in the text (a choice title is the size's name).</summary>
    private string? SizeIn(string text)
    {
        var slot = catalog.Slots.FirstOrDefault(s => s.Id == SizeSlot);
        if (slot is null) return null;
        return slot.Choices
            .Where(c => c.Action is null)
            .SelectMany(c => c.Phrases.Select(p => (Phrase: p, c.Title)))
            .Where(p => text.Contains(p.Phrase, StringComparison.Ordinal))
            .OrderByDescending(p => p.Phrase.Length)
            .Select(p => p.Title)
            .FirstOrDefault();
    }
}
