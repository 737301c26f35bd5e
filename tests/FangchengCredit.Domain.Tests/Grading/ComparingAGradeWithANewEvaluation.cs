using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>
/// A regrading asks the stored grade whether a new evaluation is the same before it writes anything. A stored grade stands
/// for every day of its stretch (its day through <see cref="CurrentCreditGrade.ValidThrough"/>), so on a new day inside it
/// nothing is written; once the stretch has run out the grade is rewritten (decision 0016).
/// </summary>
public class ComparingAGradeWithANewEvaluation
{
    private static readonly DateTime At = new(2026, 6, 1, 1, 0, 0, DateTimeKind.Utc);

    // A general penalty of 2026-05-01 counts through 2027-04-30: the grade of 2026-06-01 stands that long.
    private static GradingFactsBuilder Penalised() => new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 5, 1));

    private static CurrentCreditGrade Stored(GradingFactsBuilder facts, DateOnly on, string json = "[]") =>
        CurrentCreditGrade.First(1, Grader.Evaluate(facts, on), json, At);

    [Fact]
    public void TheSameEvaluationOnTheSameDayMatches()
    {
        var current = Stored(new GradingFactsBuilder(), Day.Of(2026, 6, 1));

        Assert.True(current.Matches(Grader.Evaluate(new GradingFactsBuilder(), Day.Of(2026, 6, 1))));
    }

    [Fact]
    public void ALaterDayOfTheStretchMatchesAndChangesNothing()
    {
        var current = Stored(Penalised(), Day.Of(2026, 6, 1), "[1]");
        var lastDay = Grader.Evaluate(Penalised(), Day.Of(2027, 4, 30));

        Assert.Equal(Day.Of(2027, 4, 30), current.ValidThrough);
        Assert.True(current.Matches(lastDay));
        Assert.False(current.Update(lastDay, "[1]", At.AddDays(333)));
        Assert.Equal(Day.Of(2026, 6, 1), current.AsOf);
        Assert.Equal(At, current.EvaluatedAtUtc);
    }

    [Fact]
    public void OnceTheStretchHasRunOutTheGradeIsRewritten()
    {
        var current = Stored(Penalised(), Day.Of(2026, 6, 1), "[1]");
        var after = Grader.Evaluate(Penalised(), Day.Of(2027, 5, 1));

        Assert.False(current.Matches(after));
        Assert.True(current.Update(after, "[]", At.AddDays(334)));
        Assert.Equal(Day.Of(2027, 5, 1), current.AsOf);
        Assert.Null(current.ValidThrough);
        Assert.Equal(100, current.Score);
    }

    [Fact]
    public void ADayBeforeTheStoredOneIsNotPartOfItsStretch()
    {
        var current = Stored(Penalised(), Day.Of(2026, 6, 1), "[1]");

        Assert.False(current.HoldsOn(Day.Of(2026, 5, 31)));
        Assert.False(current.Matches(Grader.Evaluate(Penalised(), Day.Of(2026, 5, 31))));
    }

    [Fact]
    public void AGradeIsShownAsOfTodayWhileItStandsAndAsOfItsOwnDayAfterwards()
    {
        var current = Stored(Penalised(), Day.Of(2026, 6, 1), "[1]");

        Assert.Equal(Day.Of(2026, 11, 28), current.ShownAsOf(Day.Of(2026, 11, 28)));
        Assert.Equal(Day.Of(2026, 6, 1), current.ShownAsOf(Day.Of(2027, 5, 1)));
    }

    [Fact]
    public void AGradeWithNothingAheadStandsOnAnyLaterDay()
    {
        var current = Stored(new GradingFactsBuilder(), Day.Of(2026, 6, 1));

        Assert.True(current.HoldsOn(Day.Of(2036, 6, 1)));
        Assert.True(current.Matches(Grader.Evaluate(new GradingFactsBuilder(), Day.Of(2036, 6, 1))));
    }

    [Fact]
    public void ADifferentScoreDoesNotMatch()
    {
        var current = Stored(new GradingFactsBuilder(), Day.Of(2026, 6, 1));

        Assert.False(current.Matches(Grader.Evaluate(new GradingFactsBuilder().WithSummaryPenalty(Day.Of(2026, 6, 2)), Day.Of(2026, 6, 2))));
    }

    [Fact]
    public void TheSameScoreFromAnotherRecordDoesNotMatch()
    {
        // Same points, same day, same stretch: only the explanation (which record) differs.
        static GradingFactsBuilder PenaltyNumbered(long id) =>
            new GradingFactsBuilder().WithRecord(CreditFact.Penalty(id, PenaltySeverity.General, Day.Of(2026, 5, 1)));
        var current = Stored(PenaltyNumbered(7), Day.Of(2026, 6, 1));
        var other = Grader.Evaluate(PenaltyNumbered(8), Day.Of(2026, 6, 1));

        Assert.Equal((current.Score, current.Grade, current.ValidThrough), (other.Score.Value, other.Grade, other.ValidThrough));
        Assert.False(current.Matches(other));
    }
}
