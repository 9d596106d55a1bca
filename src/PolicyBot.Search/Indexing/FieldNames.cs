namespace PolicyBot.Search.Indexing;

/// <summary>
/// Field names of the clause index. Each part of a clause is analysed twice: "_w" as words (ICU + lexicon),
/// "_b" as CJK bigrams. A clause is one Lucene document (head, text, task rows); each of its related questions
/// is a Lucene document of its own (ques), carrying the clause's id, so the best-matching question counts.
/// </summary>
internal static class FieldNames
{
    public const string Id = "id";
    public const string Document = "doc";
    public const string HeadWords = "head_w";
    public const string HeadBigrams = "head_b";
    public const string TextWords = "text_w";
    public const string TextBigrams = "text_b";
    public const string TaskWords = "task_w";
    public const string TaskBigrams = "task_b";
    public const string QuestionWords = "ques_w";
    public const string QuestionBigrams = "ques_b";

    /// <summary>Stored on a related-question document only (its text), marking it as one.</summary>
    public const string QuestionMarker = "question";

    /// <summary>The parts of a clause a query searches, each as (words field, bigrams field).</summary>
    public static readonly (ClausePart Part, string Words, string Bigrams)[] Parts =
    [
        (ClausePart.Head, HeadWords, HeadBigrams),
        (ClausePart.Text, TextWords, TextBigrams),
        (ClausePart.Tasks, TaskWords, TaskBigrams),
        (ClausePart.Questions, QuestionWords, QuestionBigrams),
    ];

    public static bool IsWords(string field) => field.EndsWith("_w", StringComparison.Ordinal);
}

/// <summary>Where in a clause a query word was found.</summary>
internal enum ClausePart
{
    Head,
    Text,
    Tasks,
    Questions,
}
