using PolicyBot.Knowledge.Documents;
using PolicyBot.Search.Ranking;

namespace PolicyBot.Search;

/// <summary>
/// What the search found and what happened, as data: the dialogs and the command line word each outcome
/// from dialogs/ (the search writes no sentences).
/// </summary>
public sealed record SearchResponse(IReadOnlyList<SearchHit> Hits, SearchOutcome Outcome, QueryKind Kind, Coverage Coverage)
{
    /// <summary>True only when the top hit is shown as the answer.</summary>
    public bool Confident => Outcome == SearchOutcome.Answered;

    /// <summary>For a question: how sure the ranking is of its top hit (0–1, calibrated), and the signals behind it.</summary>
    public ConfidenceEstimate? Confidence { get; init; }

    /// <summary>For a lookup: the document the reference named (also when it has no such clause).</summary>
    public PolicyDocument? Document { get; init; }

    /// <summary>For a lookup: the clause number asked for.</summary>
    public int? RequestedOrdinal { get; init; }

    /// <summary>For a refused question: its length and the limit.</summary>
    public int Length { get; init; }

    /// <inheritdoc cref="IPolicySearch.MaxQuestionLength"/>
    public int Limit { get; init; }

    /// <summary>For a question: a detail it asks for (deadline, contact, paperwork, year) that the best clause does not state.</summary>
    public string? MissingDetail { get; init; }

    /// <summary>For a question outside the policies: the subject it is about (from knowledge/scope.yaml).</summary>
    public string? OutsideSubject { get; init; }

    /// <summary>For a question no clause answers: which departments to ask (from knowledge/topics.yaml).</summary>
    public string? Referral { get; init; }

    /// <summary>For a lookup: the clause is a measure of another place than the asker's.</summary>
    public bool AppliesElsewhere { get; init; }
}

/// <summary>How a search ended.</summary>
public enum SearchOutcome
{
    /// <summary>The top hit answers the question (or is the clause looked up).</summary>
    Answered,

    /// <summary>Likely among the hits, but not sure which: offered as "您是不是想问".</summary>
    Uncertain,

    /// <summary>No clause answers it reliably; the hits are only the nearest.</summary>
    NotFound,

    /// <summary>The question was empty.</summary>
    Empty,

    /// <summary>The question was longer than the limit.</summary>
    TooLong,

    /// <summary>Nothing left to search for once question words and places are taken out.</summary>
    NoSubject,

    /// <summary>The question is about a subject next to the policies that none of them answers (personal tax, visas …).</summary>
    OutsideScope,

    /// <summary>A place was named that no document covers.</summary>
    PlaceNotCovered,

    /// <summary>A clause number without anything that names one document.</summary>
    DocumentNotNamed,

    /// <summary>The named document has no clause with that number.</summary>
    NoSuchClause,
}

/// <summary>What kind of question it was.</summary>
public enum QueryKind
{
    Question,
    Lookup,
    Invalid,
}
