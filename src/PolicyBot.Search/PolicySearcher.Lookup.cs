using System.Text.RegularExpressions;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Search;

public sealed partial class PolicySearcher
{
    /// <summary>
    /// "鄂州第二十五条", "忻政办发〔2022〕34号 第46条", "粤办函〔2022〕41号 第（五）条", "惠州行动计划第12项":
    /// a clause number plus something that names one document (文号, place, title words, or the profile's city).
    /// </summary>
    private SearchResponse? TryLookup(string text, CompanyProfile? profile, Coverage coverage, DateOnly asOf)
    {
        var m = ClauseReference().Match(text);
        if (!m.Success) return null;
        var ordinal = ParseOrdinal(m.Groups["n"].Value);
        if (ordinal is null) return null;
        var rest = text.Remove(m.Index, m.Length);
        var doc = ResolveDocument(rest, coverage);
        if (doc is null)
        {
            return new SearchResponse([], false, QueryKind.Lookup, coverage, "请说明是哪一份文件的第几条，例如“鄂州第二十五条”或“粤办函〔2022〕41号 第（五）条”。");
        }

        var clause = doc.Clauses.FirstOrDefault(c => c.Ordinal == ordinal);
        if (clause is null)
        {
            return new SearchResponse([], false, QueryKind.Lookup, coverage, $"{doc.CitationName}共有{doc.Clauses.Count}条措施，没有第{ordinal}条。");
        }

        var elsewhere = coverage.Place is not null && !coverage.Documents.Contains(doc)
            ? $"注意：这一条是{doc.Jurisdiction.Name}的措施，不适用于{coverage.Place}。"
            : null;
        return new SearchResponse([new SearchHit(doc, clause, 1f, clause.Period.StatusOn(asOf))], true, QueryKind.Lookup, coverage, elsewhere);
    }

    /// <summary>The one document a phrase names: by 文号, by place, then by the most shared title words.</summary>
    private PolicyDocument? ResolveDocument(string phrase, Coverage? coverage)
    {
        if (DocumentNumber().Match(phrase) is { Success: true } n)
        {
            var number = n.Value.Replace("[", "〔").Replace("]", "〕");
            return _kb.Documents.FirstOrDefault(d => d.Number == number);
        }

        // A place named in the lookup names the document, whatever the asker's own city; otherwise the asker's documents.
        var places = _kb.Regions.FindAll(phrase);
        IReadOnlyList<PolicyDocument> candidates = places.Count == 0 && coverage is { Place: not null } ? coverage.Documents : _kb.Documents;
        if (places.Count > 0)
        {
            var place = places.OrderByDescending(p => p.Level).First();
            candidates = candidates.Where(d => place.City is not null ? d.Jurisdiction.City == place.City : d.Jurisdiction.IsProvincial && d.Jurisdiction.Province == place.Province).ToList();
        }

        if (candidates.Count == 1) return candidates[0];
        var best = candidates
            .Select(d => (Doc: d, Shared: SharedBigrams(phrase, d.Title)))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared)
            .ToList();
        if (best.Count > 0 && (best.Count == 1 || best[0].Shared > best[1].Shared)) return best[0].Doc;
        // A place (named, or the asker's city) with one city document of its own means that document.
        var cityDocs = candidates.Where(d => !d.Jurisdiction.IsProvincial).ToList();
        return cityDocs.Count == 1 && (places.Count > 0 || coverage is { Place: not null }) ? cityDocs[0] : null;
    }

    private static int SharedBigrams(string a, string b)
    {
        static HashSet<string> Bigrams(string s) => Enumerable.Range(0, Math.Max(0, s.Length - 1)).Select(i => s.Substring(i, 2)).ToHashSet();
        var x = Bigrams(a);
        x.IntersectWith(Bigrams(b));
        return x.Count;
    }

    /// <summary>"二十五", "25", "（五）", "第12项" → the number.</summary>
    private static int? ParseOrdinal(string s)
    {
        var core = s.Trim().TrimStart('第').TrimEnd('条', '项', '款', '点', '.', '、').Trim('（', '）', '(', ')', ' ');
        return ChineseNumerals.Parse(core);
    }

    [GeneratedRegex(@"第\s*[（(]?\s*(?<n>[一二三四五六七八九十百零〇两\d]{1,6})\s*[）)]?\s*(?:条|项|款|点)")]
    private static partial Regex ClauseReference();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,8}[〔\[［]\d{4}[〕\]］]\d{1,4}号")]
    private static partial Regex DocumentNumber();
}
