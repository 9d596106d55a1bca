using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Lexicon;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Knowledge.Text;
using PolicyBot.Search.Analysis;
using PolicyBot.Search.Indexing;

namespace PolicyBot.Search;

/// <summary>
/// Answers questions from the clause index: works out the jurisdiction, recognises clause lookups,
/// builds a BM25 query over words, lexicon terms and bigrams, re-ranks by the asker's industry and
/// size, and says whether the best clause can be trusted. One instance serves every caller.
/// </summary>
public sealed partial class PolicySearcher : IPolicySearch, IDisposable
{
    private readonly KnowledgeBase _kb;
    private readonly DomainLexicon _lexicon;
    private readonly TextRules _rules;
    private readonly SizeSteering _sizes;
    private readonly Analyzer _analyzer;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly SearchOptions _options;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, (PolicyDocument Document, Clause Clause)> _clauses;
    private readonly Dictionary<string, string> _searchText;
    private readonly string[] _idByLuceneDoc;

    private PolicySearcher(KnowledgeBase kb, SearchOptions options, TimeProvider clock, string dataPath)
    {
        _kb = kb;
        _options = options;
        _clock = clock;
        _lexicon = DomainLexicon.Load(Path.Combine(kb.Root, "lexicon"));
        _rules = TextRules.Load(Path.Combine(kb.Root, "text"));
        _sizes = SizeSteering.Load(Path.Combine(kb.Root, "lexicon", "size-terms.tsv"));
        _analyzer = PolicyAnalyzers.Create(_lexicon);
        var (onDisk, built) = ClauseIndex.OpenOrBuild(kb, _analyzer, dataPath);
        IndexBuilt = built;
        // The index is small (about a megabyte): held in memory, term seeks cost a fraction of mapped-file reads.
        _directory = new Lucene.Net.Store.RAMDirectory(onDisk, Lucene.Net.Store.IOContext.DEFAULT);
        onDisk.Dispose();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _clauses = kb.Documents.SelectMany(d => d.Clauses.Select(c => (d, c))).ToDictionary(x => x.c.Id, x => (x.d, x.c));
        // Everything a clause says (section, heading, text, task-table rows), built once for re-ranking and confidence.
        _searchText = _clauses.Values.ToDictionary(
            x => x.Clause.Id,
            x => $"{x.Clause.Section}{x.Clause.Heading}{x.Clause.Text}{string.Concat(x.Clause.TaskItems.Select(t => t.Text))}");
        _idByLuceneDoc = new string[_reader.MaxDoc];
        for (var i = 0; i < _reader.MaxDoc; i++) _idByLuceneDoc[i] = _reader.Document(i).Get(Fields.Id);
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

    /// <summary>Loads the knowledge folder and opens (or builds) its index.</summary>
    public static PolicySearcher Open(SearchOptions options, TimeProvider clock)
    {
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
        if (text.Length == 0) return SearchResponse.Refused("问题是空的：请用一句话说说想了解什么，例如“湛江 房租减免”。", all);
        if (text.Length > _options.MaxQuestionLength)
        {
            return SearchResponse.Refused($"问题太长了（{text.Length}字）。请用一两句话（{_options.MaxQuestionLength}字以内）说说想了解什么。", all);
        }

        var coverage = CoverageFor(request.Profile, text);
        if (TryLookup(text, request.Profile, coverage, asOf) is { } lookup) return lookup;
        if (coverage.NothingApplies)
        {
            return new SearchResponse([], false, QueryKind.Question, coverage, CoverageMessage(coverage));
        }

        return Answer(text, request, coverage, asOf);
    }

    /// <inheritdoc />
    public MeasureListing MeasuresFor(CompanyProfile profile, DateOnly asOf)
    {
        var coverage = CoverageFor(profile, "");
        var measures = coverage.Documents
            .SelectMany(d => d.Clauses.Select(c => new SearchHit(d, c, (float)Steer(c, profile), c.Period.StatusOn(asOf))))
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
        var doc = ResolveDocument(TextNormalizer.NormalizeLine(document, _rules), null);
        var ordinal = ParseOrdinal(TextNormalizer.NormalizeLine(clause, _rules));
        if (doc is null || ordinal is null) return null;
        var c = doc.Clauses.FirstOrDefault(x => x.Ordinal == ordinal);
        return c is null ? null : new SearchHit(doc, c, 1f, c.Period.StatusOn(asOf));
    }

    /// <summary>Today by the injected clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_clock.GetLocalNow().Date);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static int StatusOrder(ValidityStatus s) => s switch
    {
        ValidityStatus.InForce => 0,
        ValidityStatus.NotYet => 1,
        ValidityStatus.Unknown => 2,
        _ => 3,
    };
}
