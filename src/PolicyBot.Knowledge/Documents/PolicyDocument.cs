namespace PolicyBot.Knowledge.Documents;

/// <summary>One policy document as parsed from its source file: metadata, clauses and what the parser noticed.</summary>
public sealed record PolicyDocument(
    string Id,
    string FileName,
    string Title,
    string? Number,
    string? Issuer,
    Jurisdiction Jurisdiction,
    DateOnly? Date,
    ValidityPeriod Period,
    IReadOnlyList<Clause> Clauses,
    IReadOnlyList<string> Warnings,
    string ContentHash)
{
    /// <summary>Short display name used in citations: the title, with its 文号 when it has one.</summary>
    public string CitationName => Number is null ? $"《{Title}》" : $"《{Title}》（{Number}）";
}
