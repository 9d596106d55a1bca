using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Profiles;

namespace PolicyBot.Search;

/// <summary>The one question-answering surface the command line, the dialogs and the web host share.</summary>
public interface IPolicySearch
{
    /// <summary>Answers a free question or a clause lookup, within the profile's jurisdiction.</summary>
    SearchResponse Search(SearchRequest request);

    /// <summary>Every measure that applies to the profile (jurisdiction rule, industry and size steering the order).</summary>
    MeasureListing MeasuresFor(CompanyProfile profile, DateOnly asOf);

    /// <summary>One clause by document (title words, 文号, city) and clause number, or null.</summary>
    SearchHit? Find(string document, string clause, DateOnly asOf);

    /// <summary>The documents the knowledge base holds.</summary>
    IReadOnlyList<PolicyDocument> Documents { get; }

    /// <summary>Longest question answered, in characters (the one limit every channel applies).</summary>
    int MaxQuestionLength { get; }
}

/// <summary>A question with the asker's profile; AsOf defaults to today (see PolicyCalendar).</summary>
public sealed record SearchRequest(string Query, CompanyProfile? Profile = null, int Top = 5, DateOnly? AsOf = null);

/// <summary>One clause found, with the score and its status on the asked day.</summary>
public sealed record SearchHit(PolicyDocument Document, Clause Clause, float Score, ValidityStatus Status)
{
    public string Citation => $"{Document.CitationName}{Clause.CitationLabel}";
}

/// <summary>
/// Which place the answer is for and what the knowledge base holds for it.
/// Place is what was asked for (null when no place was known); Documents are those that apply there.
/// </summary>
public sealed record Coverage(string? Place, string? Province, string? City, bool CityCovered, IReadOnlyList<PolicyDocument> Documents)
{
    public static Coverage Everything(IReadOnlyList<PolicyDocument> documents) => new(null, null, null, true, documents);

    /// <summary>True when a place was named that no document of the knowledge base covers at all.</summary>
    public bool NothingApplies => Place is not null && Documents.Count == 0;

    /// <summary>True when a city was named that has no document of its own, so only its province's measures apply.</summary>
    public bool ProvinceOnly => City is not null && !CityCovered && Documents.Count > 0;
}

/// <summary>Measures that apply to a profile, current ones first, expired ones after.</summary>
public sealed record MeasureListing(Coverage Coverage, IReadOnlyList<SearchHit> Measures);
