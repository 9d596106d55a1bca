using PolicyBot.Search.Ranking;

namespace PolicyBot.Search.Tests.Ranking;

public sealed class ConfidenceOptionsTests
{
    private static readonly ConfidenceOptions Options = new() { AnswerAt = 0.6, SuggestAt = 0.3, MinSpecificity = 0.6 };

    private static ConfidenceEstimate Estimate(double p, double specificity = 1, bool lonely = false) =>
        new(p, 0.5, 0.5, 0.5, 1, 0, 0, specificity) { Lonely = lonely };

    [Theory]
    [InlineData(0.95, SearchOutcome.Answered)]
    [InlineData(0.6, SearchOutcome.Answered)]
    [InlineData(0.59, SearchOutcome.Uncertain)]
    [InlineData(0.3, SearchOutcome.Uncertain)]
    [InlineData(0.29, SearchOutcome.NotFound)]
    public void Decide_ThreeOutcomesByTheThresholds(double p, SearchOutcome expected) => Assert.Equal(expected, Options.Decide(Estimate(p)));

    [Fact]
    public void Decide_AGenericQuestion_IsAtMostOffered() => Assert.Equal(SearchOutcome.Uncertain, Options.Decide(Estimate(0.99, specificity: 0.4)));

    [Fact]
    public void Decide_ALonelyMatch_IsNotFoundHoweverItScores() => Assert.Equal(SearchOutcome.NotFound, Options.Decide(Estimate(0.99, lonely: true)));

    [Fact]
    public void Validate_ThresholdsOutOfOrder_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceOptions { AnswerAt = 0.3, SuggestAt = 0.6 }.Validate());
}
