using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWhenBlacklisted
{
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void GradesDEvenAtHundred()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().Blacklisted(), AsOf);

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Equal(CreditGrade.A, evaluation.BandGrade);
        Assert.Equal(CreditGrade.D, evaluation.Grade);
        Assert.Equal(GradeOverride.Blacklisted, evaluation.Override);
        Assert.Equal("已列入安全生产严重失信主体名单，信用等级为D", evaluation.OverrideReason);
    }

    [Fact]
    public void NamesTheListingBeforeASeriousAccident()
    {
        var facts = new GradingFactsBuilder()
            .Blacklisted()
            .WithLiabilityAccident(Day.Of(2026, 5, 1), deaths: 11, grade: AccidentGrade.Major);

        Assert.Equal(GradeOverride.Blacklisted, Grader.Evaluate(facts, AsOf).Override);
    }

    [Fact]
    public void ReportsNoOverrideWhenTheScoreIsAlreadyD()
    {
        // 100 − 15 × 4 = 40
        var facts = new GradingFactsBuilder().Blacklisted().WithUnrectifiedHazards(4, Day.Of(2026, 5, 1));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(CreditGrade.D, evaluation.Grade);
        Assert.Equal(GradeOverride.None, evaluation.Override);
    }

    [Fact]
    public void DoesNotForeseeTheListingEnding()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().Blacklisted().WithGeneralPenalty(Day.Of(2026, 5, 1)), AsOf);

        Assert.Null(evaluation.NextChange);
    }
}
