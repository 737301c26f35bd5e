using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingClampsTheScore
{
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void AtZero()
    {
        // 100 − 15 × 8 = −20
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithUnrectifiedHazards(8, Day.Of(2026, 5, 1)), AsOf);

        Assert.Equal(-20, evaluation.UnclampedScore);
        Assert.Equal(0, evaluation.Score.Value);
        Assert.Equal(CreditGrade.D, evaluation.Grade);
    }

    [Fact]
    public void AtHundred()
    {
        // 100 + 5 + 10 + 2 = 117
        var facts = new GradingFactsBuilder()
            .WithCommendation(Day.Of(2026, 5, 1))
            .WithStandardisation(StandardisationGrade.Level1)
            .WithInsuranceValidUntil(Day.Of(2026, 12, 31));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(117, evaluation.UnclampedScore);
        Assert.Equal(100, evaluation.Score.Value);
    }
}
