namespace PolicyBot.Search.Ranking;

/// <summary>
/// The calibrated confidence: a logistic model over the ranking's signals, fitted on tests/eval/tune.jsonl
/// by tools/calibrate (see ARCHITECTURE.md), and the two thresholds that split answers into three outcomes.
/// Bound from "Search:Confidence".
/// </summary>
public sealed record ConfidenceOptions
{
    /// <summary>The model's constant term.</summary>
    public double Bias { get; init; } = -3.12;

    /// <summary>Weight of the share of the question's subject words the clause contains (rarity-weighted).</summary>
    public double Share { get; init; } = 3.543;

    /// <summary>Weight of the margin of the top score over the next clause's, relative to the top.</summary>
    public double Margin { get; init; } = 1.979;

    /// <summary>Weight of how closely the question matches one of the clause's related questions (bigram Dice).</summary>
    public double QuestionMatch { get; init; } = 3.085;

    /// <summary>Weight of agreement: the clause's own fields and its related questions rank it first both.</summary>
    public double Agreement { get; init; } = 0.603;

    /// <summary>Weight of the share of subject words the index has never seen (negative: another subject).</summary>
    public double Unseen { get; init; } = -0.462;

    /// <summary>Weight of the lead in subject share of the top clause over its three closest rivals.</summary>
    public double ShareLead { get; init; } = 1.96;

    /// <summary>Weight of the question's specificity (rarity of its subject words together).</summary>
    public double Specificity { get; init; } = 0.153;

    /// <summary>
    /// Below this specificity a question is generic and is never answered with one clause, only offered candidates
    /// (the least specific question answered right on tests/eval/tune.jsonl scores 0.68; "有什么补贴" 0.56).
    /// </summary>
    public double MinSpecificity { get; init; } = 0.6;

    /// <summary>At or above: the answer is shown.</summary>
    public double AnswerAt { get; init; } = 0.581;

    /// <summary>At or above (and below AnswerAt): "您是不是想问" with the top candidates.</summary>
    public double SuggestAt { get; init; } = 0.3;

    /// <summary>
    /// The outcome an estimate falls in. A lonely match is not found, however it scores; a generic question
    /// ("有什么补贴", "有什么支持": nothing in it narrows the measures down) is at most offered, never answered.
    /// </summary>
    public SearchOutcome Decide(ConfidenceEstimate estimate) =>
        estimate.Lonely ? SearchOutcome.NotFound
        : estimate.Probability >= AnswerAt && estimate.Specificity >= MinSpecificity ? SearchOutcome.Answered
        : estimate.Probability >= SuggestAt ? SearchOutcome.Uncertain
        : SearchOutcome.NotFound;

    /// <summary>Throws when the thresholds are out of order or outside 0–1.</summary>
    public void Validate()
    {
        if (SuggestAt is < 0 or > 1 || AnswerAt is < 0 or > 1 || SuggestAt > AnswerAt)
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceOptions), "need 0 ≤ SuggestAt ≤ AnswerAt ≤ 1");
        }
    }
}
