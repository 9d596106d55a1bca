using Lucene.Net.Index;

namespace PolicyBot.Search.Indexing;

/// <summary>
/// Every term of the searched fields with its postings located once, when the index opens: a query then builds
/// its weights without seeking the term dictionary, and a word no clause has adds no query clause at all.
/// The index never changes under a searcher, so these stay valid for its life.
/// </summary>
internal sealed class TermStates
{
    private readonly Dictionary<string, Dictionary<string, TermContext>> _byField = new(StringComparer.Ordinal);

    private readonly int _documents;

    public TermStates(IndexReader reader)
    {
        _documents = reader.NumDocs;
        foreach (var (_, words, bigrams) in FieldNames.Parts)
        {
            _byField[words] = new Dictionary<string, TermContext>(StringComparer.Ordinal);
            _byField[bigrams] = new Dictionary<string, TermContext>(StringComparer.Ordinal);
        }

        // Walk each segment's terms once and keep the enumerator's own state: no second seek per term.
        foreach (var leaf in reader.Leaves)
        {
            foreach (var (field, states) in _byField)
            {
                var terms = leaf.AtomicReader.GetTerms(field);
                if (terms is null) continue;
                var e = terms.GetEnumerator();
                while (e.MoveNext())
                {
                    var text = e.Term.Utf8ToString();
                    if (states.TryGetValue(text, out var known)) known.Register(e.GetTermState(), leaf.Ord, e.DocFreq, e.TotalTermFreq);
                    else states[text] = new TermContext(reader.Context, e.GetTermState(), leaf.Ord, e.DocFreq, e.TotalTermFreq);
                }
            }
        }
    }

    /// <summary>BM25's rarity of a term in a field (a term no document has is the rarest).</summary>
    public double Rarity(string field, string term) => RarityOf(DocFreq(field, term));

    /// <summary>BM25's rarity for a document frequency: log(1 + (N − df + ½) / (df + ½)).</summary>
    public double RarityOf(int docFreq) => Math.Log(1 + ((_documents - docFreq + 0.5) / (docFreq + 0.5)));

    /// <summary>How many index documents have the term in the field (0 for a term never seen), without a seek.</summary>
    public int DocFreq(string field, string term) => TryGet(field, term, out var state) ? state.DocFreq : 0;

    /// <summary>The located postings of a term in a field, or false when no document has it there.</summary>
    public bool TryGet(string field, string term, out TermContext state)
    {
        state = null!;
        return _byField.TryGetValue(field, out var states) && states.TryGetValue(term, out state!);
    }
}
