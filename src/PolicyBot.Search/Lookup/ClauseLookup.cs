using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Regions;

namespace PolicyBot.Search.Lookup;

/// <summary>
/// Finds the clause a reference names: the document by 文号 (whole or partial), by a place, or by title words,
/// then the clause by its number. Needs no index.
/// </summary>
public sealed class ClauseLookup(RegionTable regions, IReadOnlyList<PolicyDocument> documents)
{
    /// <summary>What a reference resolves to: the document (null when none is named), and the clause (null when it has no such number).</summary>
    public sealed record Result(ClauseReference Reference, PolicyDocument? Document, Clause? Clause);

    /// <summary>Null when the text is not a clause reference.</summary>
    public Result? Resolve(string text, Coverage coverage)
    {
        if (ClauseReference.Parse(text) is not { } reference) return null;
        var document = Document(reference.DocumentPhrase, coverage);
        var clause = document?.Clauses.FirstOrDefault(c => c.Ordinal == reference.Ordinal);
        return new Result(reference, document, clause);
    }

    /// <summary>The one document a phrase names: by 文号, by place, then by the most shared title words.</summary>
    public PolicyDocument? Document(string phrase, Coverage? coverage)
    {
        if (DocumentNumber.Find(phrase) is { } number)
        {
            var named = documents.Where(d => number.Names(d.Number)).ToList();
            if (named.Count == 1) return named[0];
        }

        // A place named in the lookup names the document, whatever the asker's own city; otherwise the asker's documents.
        var places = regions.FindAll(phrase);
        IReadOnlyList<PolicyDocument> candidates = places.Count == 0 && coverage is { Place: not null } ? coverage.Documents : documents;
        if (places.Count > 0)
        {
            var place = places.OrderByDescending(p => p.Level).First();
            candidates = candidates
                .Where(d => place.City is not null ? d.Jurisdiction.City == place.City : d.Jurisdiction.IsProvincial && d.Jurisdiction.Province == place.Province)
                .ToList();
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
}
