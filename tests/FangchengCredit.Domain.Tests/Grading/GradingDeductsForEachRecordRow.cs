using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>Each deduction row on its own: one record dated a month before the evaluation, inside every period.</summary>
public class GradingDeductsForEachRecordRow
{
    private static readonly DateOnly RecordDate = Day.Of(2026, 5, 1);
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void SummaryPenaltyDeductsTwo()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithSummaryPenalty(RecordDate), AsOf);

        Assert.Equal(98, evaluation.Score.Value);
        Assert.Equal(-2, Assert.Single(evaluation.Lines).Points);
    }

    [Fact]
    public void GeneralPenaltyDeductsFive()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithGeneralPenalty(RecordDate), AsOf);

        Assert.Equal(95, evaluation.Score.Value);
        Assert.Equal(-5, Assert.Single(evaluation.Lines).Points);
    }

    [Fact]
    public void SuspensionOrLicencePenaltyDeductsFifteen()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithSuspension(RecordDate), AsOf);

        Assert.Equal(85, evaluation.Score.Value);
        Assert.Equal(CreditGrade.B, evaluation.Grade);
    }

    [Fact]
    public void LiabilityAccidentWithDeathDeductsTwenty()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithLiabilityAccident(RecordDate, deaths: 1), AsOf);

        Assert.Equal(80, evaluation.Score.Value);
        Assert.Equal(GradingRowKind.LiabilityAccidentWithDeath, Assert.Single(evaluation.Lines).Row);
    }

    [Fact]
    public void LiabilityAccidentWithSeriousInjuryOnlyDeductsTen()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithLiabilityAccident(RecordDate, seriousInjuries: 2), AsOf);

        Assert.Equal(90, evaluation.Score.Value);
        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Equal(GradingRowKind.LiabilityAccidentWithSeriousInjury, Assert.Single(evaluation.Lines).Row);
    }

    [Fact]
    public void LiabilityAccidentWithPropertyLossOnlyDeductsFive()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithLiabilityAccident(RecordDate), AsOf);

        Assert.Equal(95, evaluation.Score.Value);
        Assert.Equal(GradingRowKind.LiabilityAccidentPropertyLossOnly, Assert.Single(evaluation.Lines).Row);
    }

    [Fact]
    public void LargerLiabilityAccidentDeductsNothingButForcesD()
    {
        var evaluation = Grader.Evaluate(
            new GradingFactsBuilder().WithLiabilityAccident(RecordDate, deaths: 3, grade: AccidentGrade.Larger), AsOf);

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(CreditGrade.D, evaluation.Grade);
    }

    [Fact]
    public void ConcealedAccidentDeductsNothingButForcesD()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithNonLiabilityAccident(RecordDate, concealed: true), AsOf);

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(CreditGrade.D, evaluation.Grade);
    }

    [Fact]
    public void BreachedCommitmentDeductsTen()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithBreachedCommitment(RecordDate), AsOf);

        Assert.Equal(90, evaluation.Score.Value);
        Assert.Equal(-10, Assert.Single(evaluation.Lines).Points);
    }

    [Fact]
    public void UnrectifiedMajorHazardDeductsFifteen()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithUnrectifiedHazard(RecordDate), AsOf);

        Assert.Equal(85, evaluation.Score.Value);
        Assert.Equal(-15, Assert.Single(evaluation.Lines).Points);
    }

    [Fact]
    public void NonLiabilityAccidentReportedTruthfullyDeductsNothingAndIsNotListed()
    {
        var evaluation = Grader.Evaluate(
            new GradingFactsBuilder().WithNonLiabilityAccident(RecordDate, deaths: 2, seriousInjuries: 5), AsOf);

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Empty(evaluation.Lines);
    }
}
