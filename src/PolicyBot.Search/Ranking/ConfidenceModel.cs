using PolicyBot.Knowledge.Lexicon;
using PolicyBot.Search.Indexing;

namespace PolicyBot.Search.Ranking;

/// <summary>The signals behind a confidence and the calibrated probability that the top hit is right.</summary>
public sealed record ConfidenceEstimate(double Probability, double Share, double Margin, double QuestionMatch, double Agreement, double Unseen, double ShareLead, double Specificity)
{
    /// <summary>True when only the top clause (and its restatements) matched anything: no candidates worth offering.</summary>
    public bool Lonely { get; init; }
}

/// <summary>
/// How sure the ranking is of its top clause. Signals: the share of the question's subject words the clause
/// contains (each weighted by rarity; a word the index never saw weighs most), the margin over the next clause
/// that is another measure, the closeness of the question to one of the clause's related questions, whether the
/// clause's own fields and its related questions agree on it, the share of subject words nothing in the index
/// uses, the top's lead in subject share over its rivals, and how specific the question is. A logistic model
/// (weights in <see cref="ConfidenceOptions"/>, fitted by tools/calibrate) turns them into a probability.
/// </summary>
internal sealed class ConfidenceModel(TermStates states, DomainLexicon lexicon, ClauseCatalog catalog, ConfidenceOptions options)
{
    private const int RivalsCompared = 3;

    public ConfidenceEstimate Estimate(QueryTerms terms, IReadOnlyList<RankedClause> ranked)
    {
        if (ranked.Count == 0) return new ConfidenceEstimate(0, 0, 0, 0, 0, 0, 0, 0);
        var top = ranked[0];
        var share = SubjectShare(terms, top.Entry.SearchText);
        // The next rival: the next clause that is not the same measure restated by another document.
        var rivals = Rivals(ranked).Take(RivalsCompared).ToList();
        var next = rivals.FirstOrDefault()?.Score ?? 0;
        // How much better the top covers the question's subjects than its closest rivals do.
        var shareLead = share - rivals.Select(r => SubjectShare(terms, r.Entry.SearchText)).DefaultIfEmpty(0).Max();
        // A clause that alone matches anything at all has no measured lead: the question shares a stray word with the
        // documents ("天气" in 重污染天气), it is not about them. Real questions always touch several clauses.
        var lonely = rivals.Count == 0;
        var margin = top.Score <= 0 || lonely ? 0 : (top.Score - next) / top.Score;
        var match = top.Entry.Questions.Select(q => WeightedDice(terms.Cleaned, q)).DefaultIfEmpty(0).Max();
        var byOwn = ranked.MaxBy(r => r.ClauseScore)!;
        var byQuestions = ranked.MaxBy(r => r.QuestionScore)!;
        var agreement = lonely ? 0 : (byOwn == top ? 0.5 : 0) + (byQuestions == top && top.QuestionScore > 0 ? 0.5 : 0);
        var unseen = UnseenShare(terms);
        var specificity = Specificity(terms);
        var z = options.Bias + (options.Share * share) + (options.Margin * margin) + (options.QuestionMatch * match) + (options.Agreement * agreement)
            + (options.Unseen * unseen) + (options.ShareLead * shareLead) + (options.Specificity * specificity);
        return new ConfidenceEstimate(1 / (1 + Math.Exp(-z)), share, margin, match, agreement, unseen, shareLead, specificity) { Lonely = lonely };
    }

    /// <summary>
    /// The candidates after the top that are other measures: a clause restating the top, or restating one that
    /// does (湛江 restating 广东 restating 忻州), is the same measure in another document, not a rival.
    /// </summary>
    private IEnumerable<RankedClause> Rivals(IReadOnlyList<RankedClause> ranked)
    {
        var same = new List<RankedClause> { ranked[0] };
        foreach (var r in ranked.Skip(1))
        {
            if (same.Any(s => catalog.Restates(s.Entry, r.Entry))) same.Add(r);
            else yield return r;
        }
    }

    /// <summary>Share of the question's subject words that the text contains (directly or by a glossary word), weighted by rarity.</summary>
    private double SubjectShare(QueryTerms terms, string text)
    {
        var subjects = terms.Subjects;
        if (subjects.Count == 0) return 0;
        double total = 0, matched = 0;
        foreach (var word in subjects)
        {
            var idf = states.Rarity(FieldNames.TextWords, word);
            total += idf;
            var variants = lexicon.Synonyms.TryGetValue(word, out var syn) ? syn.Prepend(word) : [word];
            if (variants.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase))) matched += idf;
            else if (word.Length >= 3) matched += idf * SharedBigramShare(word, text);
        }

        return total == 0 ? 0 : matched / total;
    }

    /// <summary>
    /// How specific the question is: the rarity of its subject words together, against that of one word no clause
    /// has (capped at 1). "有什么补贴" is generic (补贴 is everywhere); "出口信保" is specific.
    /// </summary>
    private double Specificity(QueryTerms terms)
    {
        return Math.Min(1, terms.Subjects.Sum(EffectiveRarity) / states.RarityOf(0));
    }

    /// <summary>
    /// The rarity of a word as the documents say it: an owner's word stands for its glossary words ("借钱" is as
    /// common as 贷款); a word neither the documents nor the glossary know is as rare as can be.
    /// </summary>
    private double EffectiveRarity(string word)
    {
        var df = states.DocFreq(FieldNames.TextWords, word);
        if (df > 0 || !lexicon.Synonyms.TryGetValue(word, out var documentWords)) return states.RarityOf(df);
        return states.RarityOf(documentWords.Select(d => states.DocFreq(FieldNames.TextWords, d)).DefaultIfEmpty(0).Max());
    }

    /// <summary>
    /// Share of the question's subject words that nothing in the index uses (no clause, no related question) and
    /// the glossary does not know: words of another subject ("买房", "签证") the documents never speak of.
    /// </summary>
    private double UnseenShare(QueryTerms terms)
    {
        if (terms.Subjects.Count == 0) return 0;
        var unseen = terms.Subjects.Count(w => !lexicon.Synonyms.ContainsKey(w) && !lexicon.Terms.Contains(w)
            && states.DocFreq(FieldNames.TextWords, w) == 0 && states.DocFreq(FieldNames.QuestionWords, w) == 0
            && states.DocFreq(FieldNames.HeadWords, w) == 0);
        return (double)unseen / terms.Subjects.Count;
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
    /// Dice coefficient of the two texts' character pairs, each pair weighted by its rarity among the related
    /// questions: sharing "补贴" says little, sharing "农机" a lot, and a pair no question has ("买房") weighs most.
    /// </summary>
    private double WeightedDice(string a, string b)
    {
        var x = Pairs(a);
        var y = Pairs(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        double shared = 0, total = 0;
        foreach (var p in x)
        {
            var w = PairWeight(p);
            total += w;
            if (y.Contains(p)) shared += 2 * w;
        }

        foreach (var p in y) total += PairWeight(p);
        return shared / total;
    }

    private double PairWeight((char, char) pair) => states.Rarity(FieldNames.QuestionBigrams, new string([pair.Item1, pair.Item2]));

    /// <summary>Dice coefficient of the two texts' character pairs (spaces and punctuation break pairs).</summary>
    internal static double Dice(string a, string b)
    {
        var x = Pairs(a);
        var y = Pairs(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var shared = x.Count(y.Contains);
        return 2.0 * shared / (x.Count + y.Count);
    }

    private static HashSet<(char, char)> Pairs(string s)
    {
        var set = new HashSet<(char, char)>();
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsLetterOrDigit(s[i]) && char.IsLetterOrDigit(s[i + 1])) set.Add((s[i], s[i + 1]));
        }

        return set;
    }
}
