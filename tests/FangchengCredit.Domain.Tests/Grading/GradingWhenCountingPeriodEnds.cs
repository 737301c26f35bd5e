using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWhenCountingPeriodEnds
{
    private static readonly DateOnly RecordDate = Day.Of(2026, 3, 1);

    [Fact]
    public void OneYearRecordCountsFromItsOwnDate()
    {
        var facts = new GradingFactsBuilder().WithGeneralPenalty(RecordDate);

        Assert.Equal(95, Grader.Evaluate(facts, RecordDate).Score.Value);
    }

    [Fact]
    public void OneYearRecordStillCountsOnTheDayBeforeTheAnniversary()
    {
        var facts = new GradingFactsBuilder().WithGeneralPenalty(RecordDate);

        Assert.Equal(95, Grader.Evaluate(facts, Day.Of(2027, 2, 28)).Score.Value);
    }

    [Fact]
    public void OneYearRecordStopsCountingOnTheAnniversary()
    {
        var facts = new GradingFactsBuilder().WithGeneralPenalty(RecordDate);

        var evaluation = Grader.Evaluate(facts, Day.Of(2027, 3, 1));

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Empty(evaluation.Lines);
    }

    [Fact]
    public void ThreeMonthRecordCountsOnItsLastDayButNotAfter()
    {
        var facts = new GradingFactsBuilder().WithSummaryPenalty(RecordDate);

        Assert.Equal(98, Grader.Evaluate(facts, Day.Of(2026, 5, 31)).Score.Value);
        Assert.Equal(100, Grader.Evaluate(facts, Day.Of(2026, 6, 1)).Score.Value);
    }

    [Fact]
    public void ThreeYearRecordCountsOnItsLastDayButNotAfter()
    {
        var facts = new GradingFactsBuilder().WithSuspension(RecordDate);

        Assert.Equal(85, Grader.Evaluate(facts, Day.Of(2029, 2, 28)).Score.Value);
        Assert.Equal(100, Grader.Evaluate(facts, Day.Of(2029, 3, 1)).Score.Value);
    }

    [Fact]
    public void PeriodEndingInAShortMonthEndsOnItsLastDay()
    {
        // 2025-11-30 plus 3 months is 2026-02-28 (February has no 30th), so the record stops counting that day.
        var facts = new GradingFactsBuilder().WithSummaryPenalty(Day.Of(2025, 11, 30));

        Assert.Equal(98, Grader.Evaluate(facts, Day.Of(2026, 2, 27)).Score.Value);
        Assert.Equal(100, Grader.Evaluate(facts, Day.Of(2026, 2, 28)).Score.Value);
    }
}
