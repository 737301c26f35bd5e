using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>The current grade row says when the history needs a new line: grade, score or rule version changed.</summary>
public class GradeHistoryChanges
{
    private static CreditEvaluation Evaluate(GradingFactsBuilder facts, DateOnly on) => Grader.Evaluate(facts, on);

    [Fact]
    public void ASecondEvaluationWithTheSameResultIsNoChange()
    {
        var current = CurrentCreditGrade.First(1, Evaluate(new GradingFactsBuilder(), Day.Of(2026, 6, 1)), "[]", DateTime.UnixEpoch);

        Assert.False(current.Update(Evaluate(new GradingFactsBuilder(), Day.Of(2026, 6, 2)), "[]", DateTime.UnixEpoch));
        // The stored result stands for the new day as well: nothing moves (decision 0016).
        Assert.Equal(Day.Of(2026, 6, 1), current.AsOf);
        Assert.Equal(Day.Of(2026, 6, 1), current.GradeSince);
    }

    [Fact]
    public void AnIdenticalEvaluationTouchesNothing()
    {
        var evaluation = Evaluate(new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 5, 1)), Day.Of(2026, 6, 1));
        var first = new DateTime(2026, 6, 1, 1, 0, 0, DateTimeKind.Utc);
        var current = CurrentCreditGrade.First(1, evaluation, "[1]", first);

        Assert.False(current.Update(evaluation, "[1]", first.AddHours(5)));

        Assert.Equal(first, current.EvaluatedAtUtc);
    }

    [Fact]
    public void AScoreChangeInTheSameBandIsAChangeButKeepsGradeSince()
    {
        var current = CurrentCreditGrade.First(1, Evaluate(new GradingFactsBuilder(), Day.Of(2026, 6, 1)), "[]", DateTime.UnixEpoch);

        Assert.True(current.Update(Evaluate(new GradingFactsBuilder().WithSummaryPenalty(Day.Of(2026, 6, 2)), Day.Of(2026, 6, 2)), "[]", DateTime.UnixEpoch));
        Assert.Equal(98, current.Score);
        Assert.Equal(CreditGrade.A, current.Grade);
        Assert.Equal(Day.Of(2026, 6, 1), current.GradeSince);
    }

    [Fact]
    public void AGradeChangeMovesGradeSince()
    {
        var current = CurrentCreditGrade.First(1, Evaluate(new GradingFactsBuilder(), Day.Of(2026, 6, 1)), "[]", DateTime.UnixEpoch);

        Assert.True(current.Update(Evaluate(new GradingFactsBuilder().WithLiabilityAccident(Day.Of(2026, 6, 3), deaths: 1), Day.Of(2026, 6, 3)), "[]", DateTime.UnixEpoch));
        Assert.Equal(CreditGrade.C, current.Grade);
        Assert.Equal(Day.Of(2026, 6, 3), current.GradeSince);
        Assert.Equal(Day.Of(2027, 6, 3), current.NextChange);
    }
}
