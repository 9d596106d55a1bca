using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>Metadata read from the lines before the first clause.</summary>
internal sealed record FrontMatter(string? Title, string? Number, string? Issuer, DateOnly? Date, Jurisdiction Jurisdiction);
