using Lucene.Net.Index;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Search.Indexing;

namespace PolicyBot.Search.Ranking;

/// <summary>The clauses behind the index: by id, by Lucene document number, and the text each is searched by.</summary>
internal sealed class ClauseCatalog
{
    private readonly Dictionary<string, Entry> _byId;
    private readonly Entry[] _byLuceneDoc;
    private readonly bool[] _isQuestion;

    /// <summary>
    /// A clause with its document, what the document says of it (section, heading, text, task rows), that and its
    /// related questions together, and its related questions as the search reads a question (worked out when needed).
    /// </summary>
    public sealed record Entry(PolicyDocument Document, Clause Clause, string OwnText, string SearchText, Lazy<IReadOnlyList<string>> ReadQuestions)
    {
        /// <summary>The related questions with question words and places blanked, as a question is read.</summary>
        public IReadOnlyList<string> Questions => ReadQuestions.Value;
    }

    public ClauseCatalog(IReadOnlyList<PolicyDocument> documents, IndexReader reader, Func<string, string> readQuestion)
    {
        _byId = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var c in d.Clauses)
            {
                var own = string.Concat(c.Section, c.Heading, c.Text, string.Concat(c.TaskItems.Select(t => t.Text)));
                var questions = new Lazy<IReadOnlyList<string>>(() => c.Questions.Select(readQuestion).ToList());
                _byId[c.Id] = new Entry(d, c, own, own + "\n" + string.Join("\n", c.Questions), questions);
            }
        }

        _byLuceneDoc = new Entry[reader.MaxDoc];
        _isQuestion = new bool[reader.MaxDoc];
        var fields = new HashSet<string> { FieldNames.Id, FieldNames.QuestionMarker };
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            var stored = reader.Document(i, fields);
            _byLuceneDoc[i] = _byId[stored.Get(FieldNames.Id)];
            _isQuestion[i] = stored.Get(FieldNames.QuestionMarker) is not null;
        }
    }

    public Entry this[int luceneDoc] => _byLuceneDoc[luceneDoc];

    /// <summary>
    /// True when two clauses of different documents state the same measure (a city restating its province's):
    /// most of their character pairs are shared. A restatement is not a rival answer.
    /// </summary>
    public bool Restates(Entry a, Entry b)
    {
        if (a.Document == b.Document) return false;
        var key = string.CompareOrdinal(a.Clause.Id, b.Clause.Id) < 0 ? (a.Clause.Id, b.Clause.Id) : (b.Clause.Id, a.Clause.Id);
        return _restatements.GetOrAdd(key, _ => ConfidenceModel.Dice(a.Clause.Text, b.Clause.Text) >= RestatementSimilarity
            || ConfidenceModel.Dice(Lead(a.Clause), Lead(b.Clause)) >= LeadSimilarity);
    }

    // Measured on the five documents: restated measures share most character pairs (湛江 （七） and 广东 (五): 0.98),
    // or open with the same words when the city rewrote the rest (忻州 63 and 广东 (二十二)); distinct measures stay under 0.4.
    private const double RestatementSimilarity = 0.45;
    private const double LeadSimilarity = 0.6;
    private const int LeadLength = 30;

    /// <summary>How a measure opens: its heading, else the first words of its text.</summary>
    private static string Lead(Clause c) => c.Heading ?? c.Text[..Math.Min(LeadLength, c.Text.Length)];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), bool> _restatements = new();

    public bool IsQuestion(int luceneDoc) => _isQuestion[luceneDoc];

    public Entry ById(string id) => _byId[id];
}
