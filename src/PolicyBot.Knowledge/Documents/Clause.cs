namespace PolicyBot.Knowledge.Documents;

/// <summary>A citable unit of a document: a numbered measure, or a passage when the document has no numbering.</summary>
/// <remarks>Topics are the kinds of support (税费, 金融信贷, …) from knowledge/topics.yaml, best first.</remarks>
public sealed record Clause(
    string Id,
    int Ordinal,
    string Label,
    IReadOnlyList<string> Path,
    string? Section,
    string? Heading,
    string Text,
    Departments Departments,
    IReadOnlyList<ValidityPeriod> StatedPeriods,
    ValidityPeriod Period,
    IReadOnlyList<TaskItem> TaskItems,
    IReadOnlyList<string> Topics,
    ClauseKind Kind = ClauseKind.Measure)
{
    /// <summary>How the document itself numbers this clause, e.g. "第（十三）条" or "第12项".</summary>
    public string CitationLabel => Kind == ClauseKind.Passage ? $"第{Ordinal}段" : CitationLabels.For(Label, Ordinal);

    /// <summary>How owners and callers ask for this clause, from knowledge/questions/ (see RelatedQuestions).</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];
}

/// <summary>Whether a clause is a numbered measure or a passage of an unnumbered text.</summary>
public enum ClauseKind
{
    Measure,
    Passage,
}

/// <summary>Responsible departments as the text names them.</summary>
public sealed record Departments(IReadOnlyList<string> Lead, IReadOnlyList<string> Supporting)
{
    public static readonly Departments None = new([], []);

    public IEnumerable<string> All => Lead.Concat(Supporting);

    public bool IsEmpty => Lead.Count == 0 && Supporting.Count == 0;
}

/// <summary>A row of a task-division table (任务分工表) that restates part of a measure.</summary>
public sealed record TaskItem(int Ordinal, string Label, string Text, Departments Departments);
