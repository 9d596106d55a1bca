namespace PolicyBot.Search.Ranking;

/// <summary>
/// The calibrated confidence: a logistic model over the ranking's signals, fitted on tests/eval/tune.jsonl
/// by tools/calibrate (see ARCHITECTURE.md), and the two thresholds that split answers into three outcomes.
/// Bound from "Search:Confidence".
/// </summary>
public sealed record ConfidenceOptions
{
    public double Bias { get; init; } = -3.186;

    /// <summary>Weight of the share of the question's subject words the clause contains (rarity-weighted).</summary>
    public double Share { get; init; } = 3.776;

    /// <summary>Weight of the margin of the top score over the next clause's, relative to the top.</summary>
    public double Margin { get; init; } = 1.778;

    /// <summary>Weight of how closely the question matches one of the clause's related questions (bigram Dice).</summary>
    public double QuestionMatch { get; init; } = 2.889;

    /// <summary>Weight of agreement: the clause's own fields and its related questions rank it first both.</summary>
    public double Agreement { get; init; } = 0.963;

    /// <summary>Weight of the share of subject words the index has never seen (negative: another subject).</summary>
    public double Unseen { get; init; } = -0.014;

    /// <summary>Weight of the lead in subject share of the top clause over its three closest rivals.</summary>
    public double ShareLead { get; init; } = 1.36;

    /// <summary>Weight of the question's specificity (rarity of its subject words together).</summary>
    public double Specificity { get; init; } = 0.19;

    /// <summary>Credit for a subject word the clause has only in the glossary's document words (typed words count fully).</summary>
    public double GlossaryCredit { get; init; } = 1.0;

    /// <summary>Subject share over the document's own words only (not the related questions).</summary>
    public bool ShareOnOwnText { get; init; }

    /// <summary>
    /// Below this specificity a question is generic and is never answered with one clause, only offered candidates
    /// (the least specific question answered right on tests/eval/tune.jsonl scores 0.68; "有什么补贴" 0.56).
    /// </summary>
    public double MinSpecificity { get; init; } = 0.6;

    /// <summary>At or above: the answer is shown.</summary>
    public double AnswerAt { get; init; } = 0.619;

    /// <summary>At or above (and below AnswerAt): "您是不是想问" with the top candidates.</summary>
    public double SuggestAt { get; init; } = 0.3;

    /// <summary>Throws when the thresholds are out of order or outside 0–1.</summary>
    public void Validate()
    {
        if (SuggestAt is < 0 or > 1 || AnswerAt is < 0 or > 1 || SuggestAt > AnswerAt)
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceOptions), "need 0 ≤ SuggestAt ≤ AnswerAt ≤ 1");
        }
    }
}
