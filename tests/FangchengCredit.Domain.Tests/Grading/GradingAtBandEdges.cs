using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingAtBandEdges
{
    private static readonly DateOnly RecordDate = Day.Of(2026, 5, 1);
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void NinetyIsA()
    {
        // 100 − 5 − 5
        var facts = new GradingFactsBuilder().WithGeneralPenalty(RecordDate).WithGeneralPenalty(RecordDate);

        AssertScoreAndGrade(facts, 90, CreditGrade.A);
    }

    [Fact]
    public void EightyNineIsB()
    {
        // 100 − 5 − 2 − 2 − 2
        var facts = new GradingFactsBuilder().WithGeneralPenalty(RecordDate).WithSummaryPenalties(3, RecordDate);

        AssertScoreAndGrade(facts, 89, CreditGrade.B);
    }

    [Fact]
    public void SeventyFiveIsB()
    {
        // 100 − 15 − 10
        var facts = new GradingFactsBuilder().WithUnrectifiedHazard(RecordDate).WithBreachedCommitment(RecordDate);

        AssertScoreAndGrade(facts, 75, CreditGrade.B);
    }

    [Fact]
    public void SeventyFourIsC()
    {
        // 100 − 15 − 5 − 2 − 2 − 2
        var facts = new GradingFactsBuilder()
            .WithUnrectifiedHazard(RecordDate)
            .WithGeneralPenalty(RecordDate)
            .WithSummaryPenalties(3, RecordDate);

        AssertScoreAndGrade(facts, 74, CreditGrade.C);
    }

    [Fact]
    public void SixtyIsC()
    {
        // 100 − 15 − 15 − 10
        var facts = new GradingFactsBuilder().WithUnrectifiedHazards(2, RecordDate).WithBreachedCommitment(RecordDate);

        AssertScoreAndGrade(facts, 60, CreditGrade.C);
    }

    [Fact]
    public void FiftyNineIsD()
    {
        // 100 − 15 − 15 − 5 − 2 − 2 − 2
        var facts = new GradingFactsBuilder()
            .WithUnrectifiedHazards(2, RecordDate)
            .WithGeneralPenalty(RecordDate)
            .WithSummaryPenalties(3, RecordDate);

        AssertScoreAndGrade(facts, 59, CreditGrade.D);
    }

    private static void AssertScoreAndGrade(GradingFactsBuilder facts, int score, CreditGrade grade)
    {
        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal(score, evaluation.Score.Value);
        Assert.Equal(grade, evaluation.BandGrade);
        Assert.Equal(grade, evaluation.Grade);
        Assert.Equal(GradeOverride.None, evaluation.Override);
    }
}
