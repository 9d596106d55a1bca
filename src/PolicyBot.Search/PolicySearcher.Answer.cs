using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Lexicon;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Search.Analysis;

namespace PolicyBot.Search;

public sealed partial class PolicySearcher
{
    private const float HeadBoost = 1.5f;
    private const float SynonymBoost = 0.6f;
    private const float IndustryBoost = 0.3f;

    private static readonly ThreadLocal<BreakIterator> Breaker = new(() => BreakIterator.GetWordInstance(new CultureInfo("zh-CN")));

    private SearchResponse Answer(string text, SearchRequest request, Coverage coverage, DateOnly asOf)
    {
        var terms = QueryTerms.Of(text, Breaker.Value!, _lexicon, _kb.Regions.Mentions(text).Select(m => (m.Start, m.Length)));
        var query = BuildQuery(terms, request.Profile?.Industry);
        var message = CoverageMessage(coverage);
        if (query.Clauses.Count == 0)
        {
            return new SearchResponse([], false, QueryKind.Question, coverage, message ?? "没有看出问题问的是什么，请换个说法，例如“房租能减免吗”。");
        }

        var filter = coverage.Documents.Count == _kb.Documents.Count
            ? null
            : new QueryWrapperFilter(DocumentsQuery(coverage.Documents));
        var top = _searcher.Search(query, filter, _options.CandidatePool);
        var ranked = top.ScoreDocs
            .Select(sd => _clauses[_idByLuceneDoc[sd.Doc]])
            .Zip(top.ScoreDocs, (entry, sd) => (Entry: entry, Score: sd.Score * Steer(entry.Clause, request.Profile) * Locality(entry.Document, coverage)))
            .OrderByDescending(x => x.Score)
            .Take(request.Top)
            .Select(x => new SearchHit(x.Entry.Document, x.Entry.Clause, (float)x.Score, x.Entry.Clause.Period.StatusOn(asOf)))
            .ToList();
        var share = ranked.Count > 0 ? SubjectCoverage(terms, ranked[0].Clause) : 0;
        return new SearchResponse(ranked, share >= _options.ConfidenceThreshold, QueryKind.Question, coverage, message) { SubjectShare = Math.Round(share, 3) };
    }

    private BooleanQuery BuildQuery(QueryTerms terms, string? industry)
    {
        var mode = _options.Analysis;
        var query = new BooleanQuery(disableCoord: true);
        void Add(string field, string term, float boost)
        {
            if (query.Clauses.Count >= BooleanQuery.MaxClauseCount - 1) return;
            query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        }

        void Words(IEnumerable<string> words, float boost)
        {
            foreach (var w in words.Distinct())
            {
                Add(Fields.HeadWords, w, boost * HeadBoost);
                Add(Fields.BodyWords, w, boost);
            }
        }

        void Bigrams(string text, float boost)
        {
            foreach (var b in AnalyzeBigrams(text).Distinct())
            {
                Add(Fields.HeadBigrams, b, boost * HeadBoost);
                Add(Fields.BodyBigrams, b, boost);
            }
        }

        if (mode != AnalysisMode.Bigrams) Words(mode == AnalysisMode.Words ? terms.IcuWords : terms.Words, 1f);
        if (mode is AnalysisMode.Bigrams or AnalysisMode.Combined) Bigrams(terms.Cleaned, 1f);
        if (mode is AnalysisMode.WordsLexicon or AnalysisMode.Combined)
        {
            foreach (var e in terms.Expansions)
            {
                Words([e], SynonymBoost);
                if (mode == AnalysisMode.Combined) Bigrams(e, SynonymBoost);
            }
        }

        if (!string.IsNullOrWhiteSpace(industry) && query.Clauses.Count > 0) Words([industry.Trim()], IndustryBoost);
        return query;
    }

    private IEnumerable<string> AnalyzeBigrams(string text)
    {
        using var stream = _analyzer.GetTokenStream(Fields.BodyBigrams, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var list = new List<string>();
        while (stream.IncrementToken()) list.Add(term.ToString());
        stream.End();
        return list;
    }

    /// <summary>Where the asker's own city has a document, its measure (local departments, local terms) goes before the province's restatement.</summary>
    private static double Locality(PolicyDocument document, Coverage coverage) =>
        coverage.City is not null && document.Jurisdiction.City == coverage.City ? 1.1 : 1.0;

    private static Query DocumentsQuery(IEnumerable<PolicyDocument> documents)
    {
        var q = new BooleanQuery();
        foreach (var d in documents) q.Add(new TermQuery(new Term(Fields.Document, d.Id)), Occur.SHOULD);
        return q;
    }

    private double Steer(Clause clause, CompanyProfile? profile)
    {
        if (profile is null) return 1.0;
        var text = _searchText[clause.Id];
        var factor = _sizes.Factor(text, profile.Size);
        if (!string.IsNullOrWhiteSpace(profile.Industry) && text.Contains(profile.Industry, StringComparison.Ordinal))
        {
            factor *= 1.1;
        }

        return factor;
    }

    /// <summary>A compound the clause writes apart ("贷款额度" as 贷款…额度) counts for the share of its bigrams the clause has.</summary>
    private static double SharedBigramShare(string word, string text)
    {
        var pairs = word.Length - 1;
        var found = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (text.Contains(word.AsSpan(i, 2), StringComparison.OrdinalIgnoreCase)) found++;
        }

        return (double)found / pairs;
    }

    /// <summary>
    /// Share of the question's subject words that the clause contains (directly or by a synonym),
    /// each weighted by how rare it is in the index; a word the index never saw weighs most.
    /// </summary>
    private double SubjectCoverage(QueryTerms terms, Clause clause)
    {
        var subjects = terms.Subjects;
        if (subjects.Count == 0) return 0;
        var text = _searchText[clause.Id];
        var n = _reader.NumDocs;
        double total = 0, matched = 0;
        foreach (var word in subjects)
        {
            var df = _reader.DocFreq(new Term(Fields.BodyWords, word));
            var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            total += idf;
            var variants = _lexicon.Synonyms.TryGetValue(word, out var syn) ? syn.Prepend(word) : [word];
            if (variants.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase))) matched += idf;
            else if (word.Length >= 3) matched += idf * SharedBigramShare(word, text);
        }

        return total == 0 ? 0 : matched / total;
    }
}
