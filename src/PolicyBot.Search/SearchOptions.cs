using PolicyBot.Search.Analysis;

namespace PolicyBot.Search;

/// <summary>Settings of the search, bound from the "Search" configuration section; defaults are the measured best.</summary>
public sealed record SearchOptions
{
    public const string Section = "Search";

    /// <summary>The knowledge folder; null finds it from the current directory upward.</summary>
    public string? KnowledgePath { get; init; }

    /// <summary>Where index folders live; null means ".data" beside the knowledge folder.</summary>
    public string? DataPath { get; init; }

    /// <summary>Which fields a question searches.</summary>
    public AnalysisMode Analysis { get; init; } = AnalysisMode.Combined;

    /// <summary>Longest question answered, in characters; longer ones are refused with a message.</summary>
    public int MaxQuestionLength { get; init; } = 500;

    /// <summary>Share of the question's subject words (weighted by rarity) the best clause must contain to be trusted.</summary>
    public double ConfidenceThreshold { get; init; } = 0.5;

    /// <summary>How many candidates BM25 hands to the profile-aware re-ranking.</summary>
    public int CandidatePool { get; init; } = 60;
}
