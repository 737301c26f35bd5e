using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWhenAccidentIsLargerOrAbove
{
    private static readonly DateOnly AccidentDate = Day.Of(2026, 3, 1);

    [Theory]
    [InlineData(AccidentGrade.Larger, 3)]
    [InlineData(AccidentGrade.Major, 10)]
    [InlineData(AccidentGrade.ExtraordinarilyMajor, 30)]
    public void LiabilityAccidentForcesD(AccidentGrade grade, int deaths)
    {
        var facts = new GradingFactsBuilder().WithLiabilityAccident(AccidentDate, deaths: deaths, grade: grade);

        var evaluation = Grader.Evaluate(facts, Day.Of(2026, 6, 1));

        Assert.Equal(CreditGrade.D, evaluation.Grade);
        Assert.Equal(GradeOverride.SeriousAccidentOrConcealment, evaluation.Override);
        Assert.Equal(GradingRowKind.LiabilityAccidentLargerOrAbove, Assert.Single(evaluation.Lines).Row);
    }

    [Fact]
    public void LargerGradeFromLossAloneAlsoForcesD()
    {
        // No one hurt, but a 较大 grade (e.g. from direct loss ≥ 10 million yuan) takes the 较大 row, not the property-loss row.
        var facts = new GradingFactsBuilder().WithLiabilityAccident(AccidentDate, grade: AccidentGrade.Larger);

        Assert.Equal(CreditGrade.D, Grader.Evaluate(facts, Day.Of(2026, 6, 1)).Grade);
    }

    [Fact]
    public void ForcesDForThreeYearsExactly()
    {
        var facts = new GradingFactsBuilder().WithLiabilityAccident(AccidentDate, deaths: 3, grade: AccidentGrade.Larger);

        Assert.Equal(CreditGrade.D, Grader.Evaluate(facts, Day.Of(2029, 2, 28)).Grade);
        Assert.Equal(CreditGrade.A, Grader.Evaluate(facts, Day.Of(2029, 3, 1)).Grade);
    }

    [Fact]
    public void NonLiabilityMajorAccidentReportedTruthfullyChangesNothing()
    {
        var facts = new GradingFactsBuilder().WithNonLiabilityAccident(AccidentDate, deaths: 12, grade: AccidentGrade.Major);

        var evaluation = Grader.Evaluate(facts, Day.Of(2026, 6, 1));

        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Empty(evaluation.Lines);
    }
}
