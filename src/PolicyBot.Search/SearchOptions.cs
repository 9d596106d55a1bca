using PolicyBot.Search.Analysis;
using PolicyBot.Search.Ranking;

namespace PolicyBot.Search;

/// <summary>Settings of the search, bound from the "Search" configuration section; defaults are the measured best.</summary>
public sealed record SearchOptions
{
    public const string Section = "Search";

    /// <summary>The knowledge folder; null finds it from the current directory upward.</summary>
    public string? KnowledgePath { get; init; }

    /// <summary>Where index folders live; null means ".data" beside the knowledge folder.</summary>
    public string? DataPath { get; init; }

    /// <summary>Which dictionary cuts Chinese into words, in the index and in questions (measured: see ARCHITECTURE.md).</summary>
    public Segmenter Segmenter { get; init; } = Segmenter.Icu;

    /// <summary>Longest question answered, in characters; longer ones are refused with a message.</summary>
    public int MaxQuestionLength { get; init; } = 500;

    /// <summary>Weights of the ranking.</summary>
    public RankingOptions Ranking { get; init; } = new();

    /// <summary>The confidence model and its thresholds.</summary>
    public ConfidenceOptions Confidence { get; init; } = new();

    /// <summary>Throws when a setting is out of range (called when the searcher opens).</summary>
    public void Validate()
    {
        if (MaxQuestionLength is < 10 or > 10_000) throw new ArgumentOutOfRangeException(nameof(MaxQuestionLength));
        Ranking.Validate();
        Confidence.Validate();
    }
}
