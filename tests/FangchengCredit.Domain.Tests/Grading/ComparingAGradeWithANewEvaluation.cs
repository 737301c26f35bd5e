using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>
/// A regrading asks the stored grade whether a new evaluation is the same, or the same but for its day, before it writes
/// anything: the answers agree with what <see cref="CurrentCreditGrade.Update"/> then does.
/// </summary>
public class ComparingAGradeWithANewEvaluation
{
    private static readonly DateTime At = new(2026, 6, 1, 1, 0, 0, DateTimeKind.Utc);

    private static CurrentCreditGrade Stored(GradingFactsBuilder facts, DateOnly on, string json = "[]") =>
        CurrentCreditGrade.First(1, Grader.Evaluate(facts, on), json, At);

    [Fact]
    public void TheSameEvaluationOnTheSameDayMatches()
    {
        var current = Stored(new GradingFactsBuilder(), Day.Of(2026, 6, 1));
        var again = Grader.Evaluate(new GradingFactsBuilder(), Day.Of(2026, 6, 1));

        Assert.True(current.Matches(again, "[]"));
        Assert.False(current.MatchesButForTheDay(again, "[]"));
    }

    [Fact]
    public void TheSameResultOnANewDayMatchesButForTheDayAndUpdatesOnlyTheDayAndTime()
    {
        var current = Stored(new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 5, 1)), Day.Of(2026, 6, 1), "[1]");
        var nextDay = Grader.Evaluate(new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 5, 1)), Day.Of(2026, 6, 2));

        Assert.False(current.Matches(nextDay, "[1]"));
        Assert.True(current.MatchesButForTheDay(nextDay, "[1]"));

        var before = (current.Score, current.Grade, current.GradeSince, current.NextChange, current.ExplanationJson);
        Assert.False(current.Update(nextDay, "[1]", At.AddDays(1)));
        Assert.Equal(Day.Of(2026, 6, 2), current.AsOf);
        Assert.Equal(At.AddDays(1), current.EvaluatedAtUtc);
        Assert.Equal(before, (current.Score, current.Grade, current.GradeSince, current.NextChange, current.ExplanationJson));
    }

    [Fact]
    public void ADifferentExplanationOrScoreIsMoreThanTheDay()
    {
        var current = Stored(new GradingFactsBuilder(), Day.Of(2026, 6, 1));

        Assert.False(current.MatchesButForTheDay(Grader.Evaluate(new GradingFactsBuilder(), Day.Of(2026, 6, 2)), "[2]"));
        Assert.False(current.MatchesButForTheDay(
            Grader.Evaluate(new GradingFactsBuilder().WithSummaryPenalty(Day.Of(2026, 6, 2)), Day.Of(2026, 6, 2)), "[]"));
        Assert.False(current.Matches(Grader.Evaluate(new GradingFactsBuilder(), Day.Of(2026, 6, 1)), "[2]"));
    }
}
