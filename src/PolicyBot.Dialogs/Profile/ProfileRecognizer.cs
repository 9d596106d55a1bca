using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Recognition;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Dialogs.Profile;

/// <summary>
/// Reads a message for everything it says about the company, in any order: a city or county (region table),
/// an industry (industry catalog), a size word (the size slot's choices), headcount and money figures.
/// When a prompt is waiting, its choices are matched too (skip / derive buttons and their synonyms).
/// </summary>
public sealed class ProfileRecognizer(DialogCatalog catalog, RegionTable regions, IndustryCatalog industries)
{
    private const string SizeSlot = "size";

    public ProfileUpdate Recognize(string text, SlotDefinition? expected = null)
    {
        var compact = TextShape.Compact(text);
        var action = expected?.Choices.FirstOrDefault(c => c.Action is not null && c.Phrases.Any(p => TextShape.Compact(p) == compact));
        if (action is not null) return ProfileUpdate.Nothing with { Action = action };

        var place = regions.FindIn(text);
        if (place is { Level: PlaceLevel.Province }) place = null;
        return new ProfileUpdate(place, industries.FindIn(text), SizeIn(text), FigureRecognizer.Recognize(text, expected?.Indicator));
    }

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
