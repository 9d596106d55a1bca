using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Search;

public sealed partial class PolicySearcher
{
    /// <summary>
    /// Jurisdiction is a rule: a city's measures apply to that city only (a county counts as its city),
    /// a province's to all its cities. The profile's city wins; else a place named in the question.
    /// </summary>
    private Coverage CoverageFor(CompanyProfile? profile, string question)
    {
        var place = _kb.Regions.Resolve(profile?.City) ?? (question.Length > 0 ? _kb.Regions.FindIn(question) : null);
        if (place is null && !string.IsNullOrWhiteSpace(profile?.City))
        {
            // A place the region table does not know: nothing can be said to apply.
            return new Coverage(profile.City, null, null, false, []);
        }

        if (place is null) return Coverage.Everything(_kb.Documents);
        var docs = _kb.Documents.Where(d => Applies(d.Jurisdiction, place)).ToList();
        var cityCovered = place.City is not null && _kb.Documents.Any(d => d.Jurisdiction.City == place.City);
        return new Coverage(place.Describe(), place.Province, place.City, cityCovered, docs);
    }

    private static bool Applies(Jurisdiction j, Place place)
    {
        if (j == Jurisdiction.Unknown) return false;
        if (place.City is null) return j.IsProvincial && j.Province == place.Province;
        return j.City == place.City || (j.IsProvincial && j.Province == place.Province);
    }

    private static string? CoverageMessage(Coverage c)
    {
        if (c.Place is null) return null;
        if (c.Documents.Count == 0) return $"知识库暂未收录适用于{c.Place}的政策文件，无法回答该地的问题。";
        if (c.City is not null && !c.CityCovered)
        {
            return $"知识库暂未收录{c.City}本级的政策，以下只列出适用于{c.Province}全省的措施。";
        }

        return null;
    }
}
