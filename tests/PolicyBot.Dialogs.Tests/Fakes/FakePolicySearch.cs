using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Search;

namespace PolicyBot.Dialogs.Tests.Fakes;

/// <summary>
/// A hand-written IPolicySearch: the jurisdiction rule over the test documents, lookups by "city + clause number",
/// questions answered from a fixed table of terms, "支持" uncertain with three candidates; anything else is not found.
/// Records every call.
/// </summary>
internal sealed class FakePolicySearch : IPolicySearch
{
    private static readonly Dictionary<string, string> ProvinceOf = new()
    {
        ["湛江市"] = "广东省", ["惠州市"] = "广东省", ["深圳市"] = "广东省", ["鄂州市"] = "湖北省", ["武汉市"] = "湖北省",
    };

    private static readonly Dictionary<string, string> AnswerFor = new()
    {
        ["房租"] = "gd-1", ["贷款"] = "zj-3", ["社保"] = "gd-2", ["出口"] = "hz-1", ["留抵"] = "zj-1", ["六税两费"] = "zj-2", ["担保"] = "ez-25",
    };

    public List<SearchRequest> Requests { get; } = [];

    public List<CompanyProfile> ListedFor { get; } = [];

    public Exception? Throw { get; set; }

    public IReadOnlyList<PolicyDocument> Documents => TestDocuments.All;

    public int MaxQuestionLength => 500;

    public SearchResponse Search(SearchRequest request)
    {
        if (Throw is not null) throw Throw;
        Requests.Add(request);
        var asOf = request.AsOf ?? throw new InvalidOperationException("dialogs must pass AsOf");
        var coverage = CoverageFor(request.Profile);
        var lookup = TestDocuments.All.SelectMany(d => d.Clauses.Select(c => (d, c)))
            .FirstOrDefault(p => p.d.Jurisdiction.Name.StartsWith(request.Query[..Math.Min(2, request.Query.Length)], StringComparison.Ordinal)
                && request.Query.Contains(p.c.CitationLabel, StringComparison.Ordinal));
        if (lookup.c is not null)
        {
            return new([Hit(lookup.d, lookup.c, asOf)], SearchOutcome.Answered, QueryKind.Lookup, coverage)
            {
                Document = lookup.d,
                AppliesElsewhere = coverage.Place is not null && !coverage.Documents.Contains(lookup.d),
            };
        }

        if (coverage.NothingApplies) return new([], SearchOutcome.PlaceNotCovered, QueryKind.Question, coverage);

        // A vague question: the search is not sure which clause, and offers its best few.
        if (request.Query.Contains("支持", StringComparison.Ordinal))
        {
            var candidates = coverage.Documents.SelectMany(d => d.Clauses.Select(c => Hit(d, c, asOf))).Take(3).ToList();
            return new(candidates, SearchOutcome.Uncertain, QueryKind.Question, coverage);
        }

        var hits = AnswerFor.Where(kv => request.Query.Contains(kv.Key, StringComparison.Ordinal))
            .Select(kv => coverage.Documents.SelectMany(d => d.Clauses.Where(c => c.Id == kv.Value).Select(c => Hit(d, c, asOf))).FirstOrDefault())
            .OfType<SearchHit>()
            .ToList();
        // Like a real ranker, something always scores; the dialogs must not show it when the search is not confident.
        if (hits.Count == 0)
        {
            var unrelated = coverage.Documents.SelectMany(d => d.Clauses.Select(c => Hit(d, c, asOf))).Take(1).ToList();
            return new(unrelated, SearchOutcome.NotFound, QueryKind.Question, coverage);
        }

        return new(hits, SearchOutcome.Answered, QueryKind.Question, coverage);
    }

    public MeasureListing MeasuresFor(CompanyProfile profile, DateOnly asOf)
    {
        if (Throw is not null) throw Throw;
        ListedFor.Add(profile);
        var coverage = CoverageFor(profile);
        var hits = coverage.Documents.SelectMany(d => d.Clauses.Select(c => Hit(d, c, asOf)))
            .OrderBy(h => h.Status == ValidityStatus.Expired ? 1 : 0)
            .ToList();
        return new MeasureListing(coverage, hits);
    }

    public SearchHit? Find(string document, string clause, DateOnly asOf) => null;

    private static Coverage CoverageFor(CompanyProfile? profile)
    {
        if (profile?.City is not { } city) return Coverage.Everything(TestDocuments.All);
        var province = ProvinceOf.GetValueOrDefault(city);
        var documents = TestDocuments.All
            .Where(d => d.Jurisdiction.City == city || (d.Jurisdiction.IsProvincial && d.Jurisdiction.Province == province))
            .ToList();
        return new Coverage(city, province, city, TestDocuments.All.Any(d => d.Jurisdiction.City == city), documents);
    }

    private static SearchHit Hit(PolicyDocument d, Clause c, DateOnly asOf) => new(d, c, 1f, c.Period.StatusOn(asOf));
}
