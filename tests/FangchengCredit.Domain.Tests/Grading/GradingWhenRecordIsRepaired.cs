using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWhenRecordIsRepaired
{
    private static readonly DateOnly RecordDate = Day.Of(2026, 5, 1);
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);
    private const CreditRecordStatus Repaired = CreditRecordStatus.Repaired;

    [Fact]
    public void GeneralPenaltyCountsMinusTwoNotMinusFive()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithGeneralPenalty(RecordDate, Repaired), AsOf);

        Assert.Equal(98, evaluation.Score.Value);
        var line = Assert.Single(evaluation.Lines);
        Assert.Equal(-2, line.Points);
        Assert.True(line.ReducedByRepair);
        Assert.Equal("已信用修复，减半计分（向零取整）", line.Note);
    }

    [Fact]
    public void SuspensionCountsMinusSevenNotMinusFifteen()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithSuspension(RecordDate, Repaired), AsOf);

        Assert.Equal(93, evaluation.Score.Value);
    }

    [Fact]
    public void SummaryPenaltyCountsMinusOne()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithSummaryPenalty(RecordDate, Repaired), AsOf);

        Assert.Equal(99, evaluation.Score.Value);
    }

    [Fact]
    public void CommendationCountsPlusTwoNotPlusFive()
    {
        // 100 − 15 + 2
        var facts = new GradingFactsBuilder().WithUnrectifiedHazard(RecordDate).WithCommendation(RecordDate, Repaired);

        Assert.Equal(87, Grader.Evaluate(facts, AsOf).Score.Value);
    }

    [Fact]
    public void KeptCommitmentCountsNothingBecauseHalfOfOneRoundsToZero()
    {
        var facts = new GradingFactsBuilder().WithUnrectifiedHazard(RecordDate).WithKeptCommitment(RecordDate, Repaired);

        Assert.Equal(85, Grader.Evaluate(facts, AsOf).Score.Value);
    }

    [Fact]
    public void StillCountsOnlyForItsOriginalPeriod()
    {
        var facts = new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 3, 1), Repaired);

        Assert.Equal(98, Grader.Evaluate(facts, Day.Of(2027, 2, 28)).Score.Value);
        Assert.Equal(100, Grader.Evaluate(facts, Day.Of(2027, 3, 1)).Score.Value);
    }

    [Fact]
    public void DeathAccidentCountsMinusTenAndNoLongerCapsTheGrade()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithLiabilityAccident(RecordDate, deaths: 1, status: Repaired), AsOf);

        Assert.Equal(90, evaluation.Score.Value);
        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Equal(GradeEffect.None, Assert.Single(evaluation.Lines).Effect);
    }

    [Fact]
    public void LargerAccidentNoLongerForcesD()
    {
        var facts = new GradingFactsBuilder().WithLiabilityAccident(RecordDate, deaths: 4, grade: AccidentGrade.Larger, status: Repaired);

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Equal("已信用修复，减半计分（向零取整），不再影响信用等级", Assert.Single(evaluation.Lines).Note);
    }
}
