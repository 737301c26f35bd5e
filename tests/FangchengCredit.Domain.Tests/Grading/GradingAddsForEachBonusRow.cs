using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>Each bonus row on its own, above an unrectified hazard (−15 → 85) so the bonus shows in the score.</summary>
public class GradingAddsForEachBonusRow
{
    private static readonly DateOnly RecordDate = Day.Of(2026, 5, 1);
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    private static GradingFactsBuilder EightyFive() => new GradingFactsBuilder().WithUnrectifiedHazard(RecordDate);

    [Fact]
    public void CommendationAddsFive()
    {
        var evaluation = Grader.Evaluate(EightyFive().WithCommendation(RecordDate), AsOf);

        Assert.Equal(90, evaluation.Score.Value);
    }

    [Fact]
    public void KeptCommitmentAddsOne()
    {
        var evaluation = Grader.Evaluate(EightyFive().WithKeptCommitment(RecordDate), AsOf);

        Assert.Equal(86, evaluation.Score.Value);
    }

    [Theory]
    [InlineData(StandardisationGrade.Level1, 95)]
    [InlineData(StandardisationGrade.Level2, 91)]
    [InlineData(StandardisationGrade.Level3, 88)]
    [InlineData(StandardisationGrade.None, 85)]
    public void StandardisationHeldNowAddsByLevel(StandardisationGrade level, int expectedScore)
    {
        var evaluation = Grader.Evaluate(EightyFive().WithStandardisation(level), AsOf);

        Assert.Equal(expectedScore, evaluation.Score.Value);
    }

    [Fact]
    public void LiabilityInsuranceValidOnTheDayAddsTwo()
    {
        var evaluation = Grader.Evaluate(EightyFive().WithInsuranceValidUntil(Day.Of(2026, 12, 31)), AsOf);

        Assert.Equal(87, evaluation.Score.Value);
    }

    [Fact]
    public void BonusesAloneKeepAnEnterpriseWithoutRecordsAtHundred()
    {
        var evaluation = Grader.Evaluate(
            new GradingFactsBuilder().WithStandardisation(StandardisationGrade.Level1).WithInsuranceValidUntil(Day.Of(2026, 12, 31)),
            AsOf);

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(112, evaluation.UnclampedScore);
        Assert.Equal(CreditGrade.A, evaluation.Grade);
    }
}
