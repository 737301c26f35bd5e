using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>Insurance above a general penalty (−5 → 95) so the bonus shows in the score.</summary>
public class GradingWithLiabilityInsurance
{
    private static readonly DateOnly LastCoveredDay = Day.Of(2026, 9, 30);

    private static GradingFactsBuilder Facts() =>
        new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 5, 1)).WithInsuranceValidUntil(LastCoveredDay);

    [Fact]
    public void AddsTwoOnTheLastCoveredDay()
    {
        var evaluation = Grader.Evaluate(Facts(), LastCoveredDay);

        Assert.Equal(97, evaluation.Score.Value);
        var line = evaluation.Lines.Single(l => l.Row == GradingRowKind.LiabilityInsurance);
        Assert.Equal(2, line.Points);
        Assert.Null(line.RecordId);
        Assert.Equal(LastCoveredDay, line.CountsUntil);
    }

    [Fact]
    public void AddsNothingTheDayAfter()
    {
        var evaluation = Grader.Evaluate(Facts(), Day.Of(2026, 10, 1));

        Assert.Equal(95, evaluation.Score.Value);
        Assert.DoesNotContain(evaluation.Lines, l => l.Row == GradingRowKind.LiabilityInsurance);
    }

    [Fact]
    public void AddsNothingWithoutCover()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 5, 1)), Day.Of(2026, 6, 1));

        Assert.Equal(95, evaluation.Score.Value);
    }
}
