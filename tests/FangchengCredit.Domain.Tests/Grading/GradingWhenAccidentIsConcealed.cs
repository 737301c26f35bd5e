using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWhenAccidentIsConcealed
{
    private static readonly DateOnly AccidentDate = Day.Of(2026, 3, 1);

    [Fact]
    public void ForcesDEvenForANonLiabilityAccident()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithNonLiabilityAccident(AccidentDate, concealed: true), Day.Of(2026, 6, 1));

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(CreditGrade.D, evaluation.Grade);
        Assert.Equal(GradeOverride.SeriousAccidentOrConcealment, evaluation.Override);
        Assert.Equal(GradeEffect.ForcesD, Assert.Single(evaluation.Lines).Effect);
    }

    [Fact]
    public void ForcesDUntilTheLastDayOfThreeYears()
    {
        var facts = new GradingFactsBuilder().WithNonLiabilityAccident(AccidentDate, concealed: true);

        Assert.Equal(CreditGrade.D, Grader.Evaluate(facts, Day.Of(2029, 2, 28)).Grade);
        Assert.Equal(CreditGrade.A, Grader.Evaluate(facts, Day.Of(2029, 3, 1)).Grade);
    }

    [Fact]
    public void ConcealedDeathAccidentShowsBothItsDeductionAndTheConcealment()
    {
        var facts = new GradingFactsBuilder().WithLiabilityAccident(AccidentDate, deaths: 1, concealed: true);

        var evaluation = Grader.Evaluate(facts, Day.Of(2026, 6, 1));

        Assert.Equal(80, evaluation.Score.Value);
        Assert.Equal(CreditGrade.D, evaluation.Grade);
        Assert.Equal(
            [GradingRowKind.LiabilityAccidentWithDeath, GradingRowKind.ConcealedAccident],
            evaluation.Lines.Select(l => l.Row));
    }

    [Fact]
    public void ConcealmentOutlastsTheDeathDeduction()
    {
        var facts = new GradingFactsBuilder().WithLiabilityAccident(AccidentDate, deaths: 1, concealed: true);

        var evaluation = Grader.Evaluate(facts, Day.Of(2027, 3, 1));

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(CreditGrade.D, evaluation.Grade);
        Assert.Equal(GradingRowKind.ConcealedAccident, Assert.Single(evaluation.Lines).Row);
    }
}
