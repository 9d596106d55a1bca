using PolicyBot.Knowledge.Documents;

namespace PolicyBot.Knowledge.Parsing;

/// <summary>A clause as cut from the text, before departments, periods and topics are read.</summary>
internal sealed record ClauseDraft(int Ordinal, string Label, IReadOnlyList<string> Path, string? Section, string Text, ClauseKind Kind);

/// <summary>What the structure pass found: where the body starts, its clauses, and paragraphs belonging to no clause.</summary>
internal sealed record DocumentStructure(int BodyStart, List<ClauseDraft> Clauses, List<string> Loose);
