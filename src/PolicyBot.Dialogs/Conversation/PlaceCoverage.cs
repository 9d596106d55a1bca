using PolicyBot.Dialogs.Definitions;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// What the knowledge base covers, as the search decides it: whether anything applies in a city, and the places
/// and cities its documents are for (named when a place is not covered, and in the note to English speakers).
/// </summary>
public sealed class PlaceCoverage(IPolicySearch search)
{
    /// <summary>False when no document applies in the city at all (武汉, 北京): a listing there would find nothing.</summary>
    public bool AnythingIn(string city, DateOnly today) => !search.MeasuresFor(new CompanyProfile(city), today).Coverage.NothingApplies;

    /// <summary>The documents' jurisdictions, e.g. "广东省、湛江市、惠州市".</summary>
    public string Regions(TurnContext turn) => new OutcomeWording(turn.Templates, search.Documents).CoveredRegions();

    /// <summary>The cities with documents of their own.</summary>
    public string Cities(TurnContext turn) => Join(turn, search.Documents.Select(d => d.Jurisdiction.City).OfType<string>());

    private static string Join(TurnContext turn, IEnumerable<string> names) => string.Join(turn.T(TemplateIds.RegionSeparator), names.Distinct());
}
