namespace PolicyBot.Search.Ranking;

/// <summary>
/// Weights of the ranking, measured on tests/eval (see ARCHITECTURE.md); bound from "Search:Ranking".
/// A clause scores BM25 over its head, text and task-table rows, plus its best related question.
/// </summary>
public sealed record RankingOptions
{
    /// <summary>Section and heading, over the text.</summary>
    public double HeadWeight { get; init; } = 1.5;

    /// <summary>The clause text.</summary>
    public double TextWeight { get; init; } = 1.0;

    /// <summary>Task-table rows that restate the clause.</summary>
    public double TaskWeight { get; init; } = 0.5;

    /// <summary>The best-matching related question of the clause.</summary>
    public double QuestionWeight { get; init; } = 1.0;

    /// <summary>Dictionary words and lexicon terms of the question.</summary>
    public double WordWeight { get; init; } = 1.0;

    /// <summary>Overlapping character pairs of the question.</summary>
    public double BigramWeight { get; init; } = 1.0;

    /// <summary>Document words the glossary adds for the owner's words: below the words actually typed.</summary>
    public double ExpansionWeight { get; init; } = 0.6;

    /// <summary>The asker's industry name as an extra, light query word.</summary>
    public double IndustryWeight { get; init; } = 0.3;

    /// <summary>Pseudo-relevance feedback: how many words of the best clauses to add (0 = off).</summary>
    public int FeedbackTerms { get; init; }

    /// <summary>Pseudo-relevance feedback: how many of the best clauses to read.</summary>
    public int FeedbackClauses { get; init; } = 3;

    /// <summary>Pseudo-relevance feedback: weight of the added words.</summary>
    public double FeedbackWeight { get; init; } = 0.3;

    /// <summary>How many BM25 hits (clauses and questions) are gathered before re-ranking.</summary>
    public int CandidatePool { get; init; } = 400;

    /// <summary>Throws when a weight is negative or the pool is empty.</summary>
    public void Validate()
    {
        double[] weights = [HeadWeight, TextWeight, TaskWeight, QuestionWeight, WordWeight, BigramWeight, ExpansionWeight, IndustryWeight];
        if (weights.Any(w => w < 0 || double.IsNaN(w))) throw new ArgumentOutOfRangeException(nameof(RankingOptions), "ranking weights must be zero or more");
        if (CandidatePool < 10) throw new ArgumentOutOfRangeException(nameof(CandidatePool));
    }
}
