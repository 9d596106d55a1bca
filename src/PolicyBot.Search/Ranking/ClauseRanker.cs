using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyBot.Knowledge.Profiles;
using PolicyBot.Search.Analysis;
using PolicyBot.Search.Indexing;

namespace PolicyBot.Search.Ranking;

/// <summary>
/// Ranks clauses for a question: one BM25 query (words, lexicon terms and bigrams of the question; the glossary's
/// document words at a lower weight) over each clause's head, text and task rows and over its related questions;
/// a clause scores its own fields plus its best related question; then the asker's size, industry and city
/// re-rank the candidates.
/// </summary>
internal sealed class ClauseRanker(IndexSearcher searcher, TermStates states, ClauseCatalog catalog, Analyzer analyzer, WordSegmenter segmenter, SizeSteering sizes, RankingOptions options)
{
    /// <summary>The clauses that match, best first, each with its score from its own fields and from its best question.</summary>
    public IReadOnlyList<RankedClause> Rank(QueryTerms terms, CompanyProfile? profile, Coverage coverage, Filter? filter)
    {
        var query = BuildQuery(terms, profile?.Industry);
        if (query.Clauses.Count == 0) return [];
        var first = Run(query, profile, coverage, filter);
        if (options.FeedbackTerms == 0 || first.Count == 0) return first;
        // Pseudo-relevance feedback: words the best clauses share, added lightly, then ranked again.
        foreach (var w in FeedbackWords(first, terms))
        {
            if (states.TryGet(FieldNames.TextWords, w, out var text))
            {
                query.Add(new TermQuery(new Term(FieldNames.TextWords, w), text) { Boost = (float)(options.FeedbackWeight * options.TextWeight) }, Occur.SHOULD);
            }

            if (states.TryGet(FieldNames.HeadWords, w, out var head))
            {
                query.Add(new TermQuery(new Term(FieldNames.HeadWords, w), head) { Boost = (float)(options.FeedbackWeight * options.HeadWeight) }, Occur.SHOULD);
            }
        }

        return Run(query, profile, coverage, filter);
    }

    private IEnumerable<string> FeedbackWords(IReadOnlyList<RankedClause> ranked, QueryTerms terms)
    {
        var counts = new Dictionary<string, int>();
        foreach (var r in ranked.Take(options.FeedbackClauses))
        {
            var tokens = new List<(int Start, int End, string Text)>();
            segmenter.Segment(r.Entry.OwnText, tokens);
            foreach (var w in tokens.Select(t => t.Text).Where(w => w.Length >= 2 && !segmenter.Lexicon.Stopwords.Contains(w)).Distinct())
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        return counts
            .Where(kv => kv.Value >= 2 && !terms.Words.Contains(kv.Key))
            .Select(kv => (Word: kv.Key, Weight: kv.Value * states.Rarity(FieldNames.TextWords, kv.Key)))
            .OrderByDescending(x => x.Weight)
            .ThenBy(x => x.Word, StringComparer.Ordinal)
            .Take(options.FeedbackTerms)
            .Select(x => x.Word);
    }

    private List<RankedClause> Run(BooleanQuery query, CompanyProfile? profile, Coverage coverage, Filter? filter)
    {
        var top = searcher.Search(query, filter, options.CandidatePool);
        var own = new Dictionary<string, double>();
        var asked = new Dictionary<string, double>();
        foreach (var sd in top.ScoreDocs)
        {
            var id = catalog[sd.Doc].Clause.Id;
            var into = catalog.IsQuestion(sd.Doc) ? asked : own;
            if (!into.TryGetValue(id, out var best) || sd.Score > best) into[id] = sd.Score;
        }

        return own.Keys.Union(asked.Keys)
            .Select(id =>
            {
                var entry = catalog.ById(id);
                var clauseScore = own.GetValueOrDefault(id);
                var questionScore = asked.GetValueOrDefault(id) * options.QuestionWeight;
                var factor = Steer(entry, profile) * Locality(entry, coverage);
                return new RankedClause(entry, (clauseScore + questionScore) * factor, clauseScore, questionScore);
            })
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Entry.Clause.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How the asker's size and industry steer a clause (by what the document says of it): a factor around 1.</summary>
    public double Steer(ClauseCatalog.Entry entry, CompanyProfile? profile)
    {
        if (profile is null) return 1.0;
        // Size factors are worked out once per clause and known size class (never for arbitrary text).
        var factor = profile.Size is { } size && sizes.Knows(size)
            ? _sizeFactors.GetOrAdd((entry.Clause.Id, size), key => sizes.Factor(entry.OwnText, key.Size))
            : 1.0;
        if (!string.IsNullOrWhiteSpace(profile.Industry) && entry.OwnText.Contains(profile.Industry, StringComparison.Ordinal)) factor *= 1.1;
        return factor;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Clause, string Size), double> _sizeFactors = new();

    /// <summary>Where the asker's own city has a document, its measure (local departments, local terms) goes before the province's restatement.</summary>
    private static double Locality(ClauseCatalog.Entry entry, Coverage coverage) =>
        coverage.City is not null && entry.Document.Jurisdiction.City == coverage.City ? 1.1 : 1.0;

    private BooleanQuery BuildQuery(QueryTerms terms, string? industry)
    {
        var query = new BooleanQuery(disableCoord: true);
        var seen = new HashSet<(string, string)>();
        (string Field, double Weight)[] words =
        [
            (FieldNames.HeadWords, options.HeadWeight), (FieldNames.TextWords, options.TextWeight),
            (FieldNames.TaskWords, options.TaskWeight), (FieldNames.QuestionWords, 1.0),
        ];
        (string Field, double Weight)[] bigrams =
        [
            (FieldNames.HeadBigrams, options.HeadWeight), (FieldNames.TextBigrams, options.TextWeight),
            (FieldNames.TaskBigrams, options.TaskWeight), (FieldNames.QuestionBigrams, 1.0),
        ];

        void Add((string Field, double Weight)[] fields, string term, double weight)
        {
            foreach (var (field, fieldWeight) in fields)
            {
                var boost = (float)(weight * fieldWeight);
                if (boost <= 0 || query.Clauses.Count >= BooleanQuery.MaxClauseCount - 1 || !seen.Add((field, term))) continue;
                if (!states.TryGet(field, term, out var state)) continue;
                query.Add(new TermQuery(new Term(field, term), state) { Boost = boost }, Occur.SHOULD);
            }
        }

        foreach (var w in terms.Words) Add(words, w, options.WordWeight);
        foreach (var b in Bigrams(terms.Cleaned)) Add(bigrams, b, options.BigramWeight);
        foreach (var e in terms.Expansions)
        {
            Add(words, e, options.WordWeight * options.ExpansionWeight);
            foreach (var b in Bigrams(e)) Add(bigrams, b, options.BigramWeight * options.ExpansionWeight);
        }

        if (!string.IsNullOrWhiteSpace(industry) && query.Clauses.Count > 0) Add(words, industry.Trim(), options.IndustryWeight);
        return query;
    }

    private List<string> Bigrams(string text)
    {
        using var stream = analyzer.GetTokenStream(FieldNames.TextBigrams, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var list = new List<string>();
        while (stream.IncrementToken()) list.Add(term.ToString());
        stream.End();
        return list;
    }
}

/// <summary>A candidate clause: final score, and the parts it came from (its own fields; its best related question, weighted).</summary>
internal sealed record RankedClause(ClauseCatalog.Entry Entry, double Score, double ClauseScore, double QuestionScore);
