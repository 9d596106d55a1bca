using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Search.Scope;

/// <summary>
/// Jurisdiction is a rule, not a boost: a city's measures apply to that city only (a county counts as its city),
/// a province's to all its cities. The profile's city wins; else a place named in the question.
/// </summary>
public sealed class JurisdictionRule(RegionTable regions, IReadOnlyList<PolicyDocument> documents)
{
    /// <summary>Which place the question is for and the documents that apply there.</summary>
    public Coverage For(CompanyProfile? profile, string question)
    {
        var place = regions.Resolve(profile?.City) ?? (question.Length > 0 ? regions.FindIn(question) : null);
        if (place is null && !string.IsNullOrWhiteSpace(profile?.City))
        {
            // A place the region table does not know: nothing can be said to apply.
            return new Coverage(profile.City, null, null, false, []);
        }

        if (place is null) return Coverage.Everything(documents);
        var docs = documents.Where(d => Applies(d.Jurisdiction, place)).ToList();
        var cityCovered = place.City is not null && documents.Any(d => d.Jurisdiction.City == place.City);
        return new Coverage(place.Describe(), place.Province, place.City, cityCovered, docs);
    }

    /// <summary>Whether a document's measures apply at a place.</summary>
    public static bool Applies(Jurisdiction j, Place place)
    {
        if (j == Jurisdiction.Unknown) return false;
        if (place.City is null) return j.IsProvincial && j.Province == place.Province;
        return j.City == place.City || (j.IsProvincial && j.Province == place.Province);
    }
}
