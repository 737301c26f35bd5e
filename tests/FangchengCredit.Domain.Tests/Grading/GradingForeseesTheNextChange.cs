using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingForeseesTheNextChange
{
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void SkipsAnEndingThatLeavesTheGradeAsItIs()
    {
        // 100 − 5 (2026-01-15) − 10 (2026-03-01) − 5 (2026-05-10) = 80 B.
        // 2027-01-15: the first penalty stops counting → 85, still B.
        // 2027-03-01: the breached commitment stops counting → 95, A.
        var facts = new GradingFactsBuilder()
            .WithGeneralPenalty(Day.Of(2026, 1, 15))
            .WithBreachedCommitment(Day.Of(2026, 3, 1))
            .WithGeneralPenalty(Day.Of(2026, 5, 10));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(80, evaluation.Score.Value);
        Assert.Equal(CreditGrade.B, evaluation.Grade);
        Assert.Equal(Day.Of(2027, 3, 1), evaluation.NextChange);
        Assert.Equal(CreditGrade.A, evaluation.NextChangeGrade);
    }

    [Fact]
    public void SeesTheGradeFallWhenInsuranceLapses()
    {
        // 100 − 15 + 4 + 2 = 91 A; the cover ends 2026-09-30, so on 2026-10-01 it is 89, B.
        var facts = new GradingFactsBuilder()
            .WithUnrectifiedHazard(Day.Of(2026, 3, 1))
            .WithKeptCommitments(4, Day.Of(2026, 4, 1))
            .WithInsuranceValidUntil(Day.Of(2026, 9, 30));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(91, evaluation.Score.Value);
        Assert.Equal(Day.Of(2026, 10, 1), evaluation.NextChange);
        Assert.Equal(CreditGrade.B, evaluation.NextChangeGrade);
    }

    [Fact]
    public void SeesTheCapAtCLiftAfterOneYear()
    {
        var facts = new GradingFactsBuilder().WithLiabilityAccident(Day.Of(2026, 2, 1), deaths: 1);

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(CreditGrade.C, evaluation.Grade);
        Assert.Equal(Day.Of(2027, 2, 1), evaluation.NextChange);
        Assert.Equal(CreditGrade.A, evaluation.NextChangeGrade);
    }

    [Fact]
    public void SeesARecordDatedLaterStartCounting()
    {
        // 100 − 5 − 5 = 90 A now; a third penalty dated 2026-07-01 makes it 85, B.
        var facts = new GradingFactsBuilder()
            .WithGeneralPenalty(Day.Of(2026, 3, 1))
            .WithGeneralPenalty(Day.Of(2026, 3, 1))
            .WithGeneralPenalty(Day.Of(2026, 7, 1));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Equal(Day.Of(2026, 7, 1), evaluation.NextChange);
        Assert.Equal(CreditGrade.B, evaluation.NextChangeGrade);
    }

    [Fact]
    public void SeesTheEndOfARecordThatHasNotStartedYet()
    {
        // Now: 100 − 15 (suspension, 3 years) + 5 (commendation of 2025-09-01, last day 2026-08-31) = 90 A.
        // 2026-07-01: a second commendation starts → 95 A. 2026-09-01: the first ends → 90 A.
        // 2027-07-01: the second ends → 85 B.
        var facts = new GradingFactsBuilder()
            .WithSuspension(Day.Of(2026, 5, 1))
            .WithCommendation(Day.Of(2025, 9, 1))
            .WithCommendation(Day.Of(2026, 7, 1));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(90, evaluation.Score.Value);
        Assert.Equal(Day.Of(2027, 7, 1), evaluation.NextChange);
        Assert.Equal(CreditGrade.B, evaluation.NextChangeGrade);
    }

    [Fact]
    public void ReportsNoChangeWhenEveryEndingKeepsTheGrade()
    {
        var facts = new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 3, 1));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Null(evaluation.NextChange);
        Assert.Null(evaluation.NextChangeGrade);
    }

    [Fact]
    public void IgnoresKeptCommitmentsBeyondTheCap()
    {
        // 100 − 15 − 5 + 5 (five kept commitments, the cap) = 85 B. Seven more kept from 2026-07-01 would make it 92
        // without the cap; with it nothing changes until the penalty stops counting on 2027-02-01: 90, A.
        var facts = new GradingFactsBuilder()
            .WithUnrectifiedHazard(Day.Of(2026, 3, 1))
            .WithGeneralPenalty(Day.Of(2026, 2, 1))
            .WithKeptCommitments(5, Day.Of(2026, 4, 1))
            .WithKeptCommitments(7, Day.Of(2026, 7, 1));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(85, evaluation.Score.Value);
        Assert.Equal(Day.Of(2027, 2, 1), evaluation.NextChange);
        Assert.Equal(CreditGrade.A, evaluation.NextChangeGrade);
    }
}
