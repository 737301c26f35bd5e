using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWhenRecordIsDatedInTheFuture
{
    [Fact]
    public void DoesNotCountItYet()
    {
        var facts = new GradingFactsBuilder().WithUnrectifiedHazard(Day.Of(2026, 6, 2));

        var evaluation = Grader.Evaluate(facts, Day.Of(2026, 6, 1));

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(CreditGrade.A, evaluation.Grade);
        Assert.Empty(evaluation.Lines);
    }

    [Fact]
    public void DoesNotLetAFutureSeriousAccidentForceDYet()
    {
        var facts = new GradingFactsBuilder().WithNonLiabilityAccident(Day.Of(2026, 6, 2), concealed: true);

        Assert.Equal(CreditGrade.A, Grader.Evaluate(facts, Day.Of(2026, 6, 1)).Grade);
    }
}
