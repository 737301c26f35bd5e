using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>A 一般 liability accident that killed someone: −20 and grade at most C for one year.</summary>
public class GradingWhenAccidentIsRecent
{
    private static readonly DateOnly AccidentDate = Day.Of(2026, 3, 1);
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void CapsGradeAtC()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithLiabilityAccident(AccidentDate, deaths: 1), AsOf);

        Assert.Equal(80, evaluation.Score.Value);
        Assert.Equal(CreditGrade.B, evaluation.BandGrade);
        Assert.Equal(CreditGrade.C, evaluation.Grade);
        Assert.Equal(GradeOverride.CappedAtC, evaluation.Override);
        Assert.Equal("存在计分期内造成人员死亡的一般责任事故，信用等级最高为C", evaluation.OverrideReason);
    }

    [Fact]
    public void CapsAtCEvenWhenBonusesLiftTheScoreIntoA()
    {
        // 100 − 20 + 5 + 10 = 95
        var facts = new GradingFactsBuilder()
            .WithLiabilityAccident(AccidentDate, deaths: 2)
            .WithCommendation(Day.Of(2026, 4, 1))
            .WithStandardisation(StandardisationGrade.Level1);

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(95, evaluation.Score.Value);
        Assert.Equal(CreditGrade.A, evaluation.BandGrade);
        Assert.Equal(CreditGrade.C, evaluation.Grade);
    }

    [Fact]
    public void LeavesAWorseBandAlone()
    {
        // 100 − 20 − 15 − 15 = 50
        var facts = new GradingFactsBuilder().WithLiabilityAccident(AccidentDate, deaths: 1).WithUnrectifiedHazards(2, Day.Of(2026, 5, 1));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(50, evaluation.Score.Value);
        Assert.Equal(CreditGrade.D, evaluation.Grade);
        Assert.Equal(GradeOverride.None, evaluation.Override);
    }

    [Fact]
    public void LiftsTheCapAfterOneYear()
    {
        var facts = new GradingFactsBuilder().WithLiabilityAccident(AccidentDate, deaths: 1);

        Assert.Equal(CreditGrade.C, Grader.Evaluate(facts, Day.Of(2027, 2, 28)).Grade);
        Assert.Equal(CreditGrade.A, Grader.Evaluate(facts, Day.Of(2027, 3, 1)).Grade);
    }
}
