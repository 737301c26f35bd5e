using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWithNoRecords
{
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void ScoresHundredAndGradesA()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder(), AsOf);

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Equal(CreditGrade.A, evaluation.BandGrade);
        Assert.Equal(GradeOverride.None, evaluation.Override);
        Assert.Null(evaluation.OverrideReason);
        Assert.Empty(evaluation.Lines);
    }

    [Fact]
    public void NeverChanges()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder(), AsOf);

        Assert.Null(evaluation.NextChange);
        Assert.Null(evaluation.NextChangeGrade);
    }

    [Fact]
    public void StatesRuleVersionAndDate()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder(), AsOf);

        Assert.Equal("2026.1", evaluation.RuleVersion);
        Assert.Equal(AsOf, evaluation.AsOf);
    }
}
