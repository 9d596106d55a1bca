using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Lexicon;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Scope;
using PolicyBot.Knowledge.Text;
using PolicyBot.Search.Analysis;
using PolicyBot.Search.Indexing;
using PolicyBot.Search.Lookup;
using PolicyBot.Search.Ranking;
using PolicyBot.Search.Scope;

namespace PolicyBot.Search;

/// <summary>
/// Answers questions from the clause index. It holds the jobs together: the jurisdiction rule decides which
/// documents apply, the clause lookup answers references, the ranker orders clauses for a question, and the
/// confidence model decides between an answer, "您是不是想问" and not found. One instance serves every caller.
/// </summary>
public sealed class PolicySearcher : IPolicySearch, IDisposable
{
    private readonly KnowledgeBase _kb;
    private readonly DomainLexicon _lexicon;
    private readonly TextRules _rules;
    private readonly WordSegmenter _segmenter;
    private readonly Analyzer _analyzer;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly SearchOptions _options;
    private readonly PolicyCalendar _calendar;
    private readonly JurisdictionRule _jurisdiction;
    private readonly ClauseLookup _lookup;
    private readonly ClauseRanker _ranker;
    private readonly ConfidenceModel _confidence;
    private readonly ClauseCatalog _catalog;
    private readonly QuestionFacets _facets;
    private readonly PolicyScope _scope;

    private PolicySearcher(KnowledgeBase kb, SearchOptions options, TimeProvider clock, string dataPath)
    {
        _kb = kb;
        _options = options;
        _calendar = new PolicyCalendar(clock);
        _lexicon = DomainLexicon.Load(Path.Combine(kb.Root, "lexicon"));
        _rules = TextRules.Load(Path.Combine(kb.Root, "text"));
        _segmenter = new WordSegmenter(options.Segmenter, _lexicon);
        _analyzer = PolicyAnalyzers.Create(_segmenter);
        var (onDisk, built) = ClauseIndex.OpenOrBuild(kb, _analyzer, dataPath, options.Segmenter.ToString().ToLowerInvariant());
        IndexBuilt = built;
        // The index is small (about a megabyte): held in memory, term seeks cost a fraction of mapped-file reads.
        _directory = new Lucene.Net.Store.RAMDirectory(onDisk, Lucene.Net.Store.IOContext.DEFAULT);
        onDisk.Dispose();
        _reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _catalog = new ClauseCatalog(kb.Documents, _reader, q => Terms(q).Cleaned);
        _jurisdiction = new JurisdictionRule(kb.Regions, kb.Documents);
        _lookup = new ClauseLookup(kb.Regions, kb.Documents);
        var sizes = SizeSteering.Load(Path.Combine(kb.Root, "lexicon", "size-terms.tsv"));
        var states = new TermStates(_reader);
        _ranker = new ClauseRanker(searcher, states, _catalog, _analyzer, _segmenter, sizes, options.Ranking);
        _confidence = new ConfidenceModel(states, _lexicon, _catalog, options.Confidence);
        _facets = QuestionFacets.Load(Path.Combine(kb.Root, "lexicon", "facets.yaml"));
        _scope = PolicyScope.Load(Path.Combine(kb.Root, "scope.yaml"));
        DataPath = dataPath;
    }

    /// <summary>True when opening had to build the index (first use, or a source changed).</summary>
    public bool IndexBuilt { get; }

    /// <summary>The folder holding the index.</summary>
    public string DataPath { get; }

    /// <summary>The knowledge base behind the index (documents, regions, load errors).</summary>
    public KnowledgeBase Knowledge => _kb;

    /// <inheritdoc />
    public IReadOnlyList<PolicyDocument> Documents => _kb.Documents;

    /// <inheritdoc />
    public int MaxQuestionLength => _options.MaxQuestionLength;

    /// <summary>Today where the policies apply (see PolicyCalendar).</summary>
    public DateOnly Today => _calendar.Today;

    /// <summary>Loads the knowledge folder and opens (or builds) its index.</summary>
    public static PolicySearcher Open(SearchOptions options, TimeProvider clock)
    {
        options.Validate();
        var root = KnowledgePaths.Locate(options.KnowledgePath);
        var kb = KnowledgeBase.Load(root);
        var data = options.DataPath ?? Path.Combine(Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? root, ".data");
        return new PolicySearcher(kb, options, clock, Path.GetFullPath(data));
    }

    /// <inheritdoc />
    public SearchResponse Search(SearchRequest request)
    {
        var asOf = request.AsOf ?? Today;
        var text = TextNormalizer.NormalizeLine((request.Query ?? "").Replace('\n', ' '), _rules).Trim();
        var all = Coverage.Everything(_kb.Documents);
        if (text.Length == 0) return new SearchResponse([], SearchOutcome.Empty, QueryKind.Invalid, all) { Limit = MaxQuestionLength };
        if (text.Length > MaxQuestionLength)
        {
            return new SearchResponse([], SearchOutcome.TooLong, QueryKind.Invalid, all) { Length = text.Length, Limit = MaxQuestionLength };
        }

        var coverage = _jurisdiction.For(request.Profile, text);
        if (_lookup.Resolve(text, coverage) is { } lookup) return Looked(lookup, coverage, asOf);
        if (coverage.NothingApplies) return new SearchResponse([], SearchOutcome.PlaceNotCovered, QueryKind.Question, coverage);
        return Answer(text, request, coverage, asOf);
    }

    /// <inheritdoc />
    public MeasureListing MeasuresFor(CompanyProfile profile, DateOnly asOf)
    {
        var coverage = _jurisdiction.For(profile, "");
        var measures = coverage.Documents
            .SelectMany(d => d.Clauses.Select(c => new SearchHit(d, c, (float)_ranker.Steer(_catalog.ById(c.Id), profile), c.Period.StatusOn(asOf))))
            .OrderBy(h => StatusOrder(h.Status))
            .ThenByDescending(h => h.Score)
            .ThenBy(h => h.Document.Jurisdiction.IsProvincial)
            .ThenBy(h => h.Clause.Ordinal)
            .ToList();
        return new MeasureListing(coverage, measures);
    }

    /// <inheritdoc />
    public SearchHit? Find(string document, string clause, DateOnly asOf)
    {
        var normalized = TextNormalizer.NormalizeLine($"{document} {Numbered(clause)}", _rules);
        var found = _lookup.Resolve(normalized, Coverage.Everything(_kb.Documents));
        return found?.Clause is { } c ? new SearchHit(found.Document!, c, 1f, c.Period.StatusOn(asOf)) : null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>"二十五", "（五）", "12" → "第二十五条", "第（五）条", "第12条"; a reference already written in full stays.</summary>
    private static string Numbered(string clause)
    {
        var c = clause.Trim();
        return ClauseReference.IsIn(c) ? c : $"第{c.TrimEnd('.', '、', '．', '。')}条";
    }

    private SearchResponse Looked(ClauseLookup.Result lookup, Coverage coverage, DateOnly asOf)
    {
        if (lookup.Document is null) return new SearchResponse([], SearchOutcome.DocumentNotNamed, QueryKind.Lookup, coverage) { RequestedOrdinal = lookup.Reference.Ordinal };
        if (lookup.Clause is not { } clause)
        {
            return new SearchResponse([], SearchOutcome.NoSuchClause, QueryKind.Lookup, coverage) { Document = lookup.Document, RequestedOrdinal = lookup.Reference.Ordinal };
        }

        var hit = new SearchHit(lookup.Document, clause, 1f, clause.Period.StatusOn(asOf));
        return new SearchResponse([hit], SearchOutcome.Answered, QueryKind.Lookup, coverage)
        {
            Document = lookup.Document,
            RequestedOrdinal = lookup.Reference.Ordinal,
            AppliesElsewhere = coverage.Place is not null && !coverage.Documents.Contains(lookup.Document),
        };
    }

    private SearchResponse Answer(string text, SearchRequest request, Coverage coverage, DateOnly asOf)
    {
        var terms = Terms(text);
        var filter = coverage.Documents.Count == _kb.Documents.Count ? null : FilterFor(coverage.Documents);
        var ranked = _ranker.Rank(terms, request.Profile, coverage, filter);
        if (ranked.Count == 0) return new SearchResponse([], SearchOutcome.NoSubject, QueryKind.Question, coverage) { Referral = _kb.Topics.ReferralFor(text) };
        var estimate = _confidence.Estimate(terms, ranked);
        var hits = ranked
            .Take(request.Top)
            .Select(r => new SearchHit(r.Entry.Document, r.Entry.Clause, (float)r.Score, r.Entry.Clause.Period.StatusOn(asOf)))
            .ToList();
        // Two rules stand above the model: a subject next to the policies that the clause does not speak of is
        // outside them; a detail asked for (a deadline, a phone number, another year) that the clause does not
        // state means the clause does not answer the question, however well it matches.
        var top = ranked[0].Entry;
        var outside = _scope.Outside(text, top.OwnText);
        var missing = outside is null ? _facets.Missing(text, top.OwnText, YearsCovered(top.Document, top.Clause)) : null;
        var outcome = (outside, missing, _options.Confidence.Decide(estimate)) switch
        {
            ({ }, _, _) => SearchOutcome.OutsideScope,
            (_, { }, SearchOutcome.Answered) => SearchOutcome.Uncertain,
            (_, _, var decided) => decided,
        };
        return new SearchResponse(hits, outcome, QueryKind.Question, coverage)
        {
            Confidence = estimate,
            MissingDetail = missing,
            OutsideSubject = outside?.Subject,
            Referral = outcome == SearchOutcome.Answered ? null : outside?.Refer ?? _kb.Topics.ReferralFor(text),
        };
    }

    /// <summary>The years a clause speaks for: its period's years, and the year of its document.</summary>
    private static HashSet<int> YearsCovered(PolicyDocument document, Clause clause)
    {
        var years = new HashSet<int>();
        if (document.Date is { } date) years.Add(date.Year);
        var (from, to) = (clause.Period.From?.Year, clause.Period.To?.Year);
        if (from is not null) years.Add(from.Value);
        if (to is not null) years.Add(to.Value);
        if (from is not null && to is not null) years.UnionWith(Enumerable.Range(from.Value, Math.Max(0, to.Value - from.Value + 1)));
        return years;
    }

    private QueryTerms Terms(string text) =>
        QueryTerms.Of(text, _segmenter, _kb.Regions.Mentions(text).Select(m => (m.Start, m.Length)));

    /// <summary>The jurisdiction filter for a set of documents, built once per set (there are only as many sets as places the documents cover).</summary>
    private Filter FilterFor(IReadOnlyList<PolicyDocument> documents) =>
        _filters.GetOrAdd(string.Join('|', documents.Select(d => d.Id).Order(StringComparer.Ordinal)), _ =>
        {
            var q = new BooleanQuery();
            foreach (var d in documents) q.Add(new TermQuery(new Term(FieldNames.Document, d.Id)), Occur.SHOULD);
            return new CachingWrapperFilter(new QueryWrapperFilter(q));
        });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    private static int StatusOrder(ValidityStatus s) => s switch
    {
        ValidityStatus.InForce => 0,
        ValidityStatus.NotYet => 1,
        ValidityStatus.Unknown => 2,
        _ => 3,
    };
}
