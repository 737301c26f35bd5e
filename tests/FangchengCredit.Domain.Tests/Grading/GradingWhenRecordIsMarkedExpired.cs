using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWhenRecordIsMarkedExpired
{
    [Fact]
    public void DoesNotCountItEvenInsideItsPeriod()
    {
        var facts = new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 5, 1), CreditRecordStatus.Expired);

        var evaluation = Grader.Evaluate(facts, Day.Of(2026, 6, 1));

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Empty(evaluation.Lines);
    }
}
