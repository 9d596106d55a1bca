using System.Text.RegularExpressions;
using PolicyBot.Dialogs.Definitions;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Regions;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Conversation;

/// <summary>
/// Tells a question or clause lookup ("鄂州第二十五条", "湛江 房租减免") from an answer about the company while the
/// profile is still being filled, so a hotline caller's question is answered at once. A clause reference is a
/// lookup; a message that describes the company without a question word is profile information; otherwise what
/// is left after the place, industry, size words and figures are taken out is a question when the search answers
/// it confidently — an answer about the company leaves nothing the documents speak of.
/// </summary>
public sealed partial class QuestionDetector(
    DialogCatalog catalog,
    RegionTable regions,
    IndustryCatalog industries,
    IPolicySearch search,
    Profile.ProfileRecognizer recognizer)
{
    private readonly string[] _profileWords = industries.Industries
        .SelectMany(i => i.Keywords.Append(i.Name))
        .Concat(catalog.Slots.SelectMany(s => s.Choices).SelectMany(c => c.Phrases))
        .Concat(catalog.CorrectionMarkers)
        .Where(w => w.Length > 0)
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(w => w.Length)
        .ToArray();

    /// <summary>True when the message asks something the documents answer, rather than describing the company.</summary>
    public bool IsQuestion(string text, CompanyProfile profile, DateOnly today)
    {
        if (IsLookup(text)) return true;
        // A message that describes the company (industry, size, figures) without asking anything is profile information.
        var asks = catalog.QuestionMarkers.Any(m => text.Contains(m, StringComparison.Ordinal));
        var update = recognizer.Recognize(text);
        if (!asks && (update.Industry is not null || update.Size is not null || !update.Figures.IsEmpty)) return false;
        // Asked outright, the whole message is the question; otherwise only what the profile words leave can be.
        var query = asks ? text : Residual(text);
        if (query.Count(c => c is >= '\u4e00' and <= '\u9fff') < 2) return false;
        // A question about another city is probed there, as it will be answered there.
        var asker = update.Place is { } place ? profile with { City = place.City ?? place.Name } : profile;
        var response = search.Search(new SearchRequest(query, asker, Top: 1, AsOf: today));
        return response.Confident;
    }

    /// <summary>True for a clause reference ("鄂州第二十五条", "第（五）条"): a lookup of one clause.</summary>
    public bool IsLookup(string text) => ClauseReference.IsIn(text);

    private string Residual(string text)
    {
        var chars = text.ToCharArray();
        foreach (var (start, length, _) in regions.Mentions(text)) Array.Fill(chars, ' ', start, length);
        var rest = new string(chars);
        foreach (var word in _profileWords) rest = rest.Replace(word, " ", StringComparison.Ordinal);
        return Figure().Replace(rest, " ");
    }

    [GeneratedRegex(@"[\d一二三四五六七八九十百千万两几]+(?:\.\d+)?\s*(?:来|多|余|左右)?\s*(?:个)?\s*(?:人|名|员工|万元|万|亿元|亿|元)")]
    private static partial Regex Figure();
}
