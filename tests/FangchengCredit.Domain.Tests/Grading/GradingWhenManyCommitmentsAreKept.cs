using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>Kept commitments above an unrectified hazard (−15 → 85), so the cap shows in the score.</summary>
public class GradingWhenManyCommitmentsAreKept
{
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    private static GradingFactsBuilder EightyFiveWithKept(int kept) =>
        new GradingFactsBuilder().WithUnrectifiedHazard(Day.Of(2026, 5, 1)).WithKeptCommitments(kept, Day.Of(2026, 4, 1));

    [Theory]
    [InlineData(4, 89)]
    [InlineData(5, 90)]
    [InlineData(7, 90)]
    public void AddsOneEachUpToFive(int kept, int expectedScore)
    {
        Assert.Equal(expectedScore, Grader.Evaluate(EightyFiveWithKept(kept), AsOf).Score.Value);
    }

    [Fact]
    public void ShowsTheCommitmentsBeyondTheCapAtZero()
    {
        var evaluation = Grader.Evaluate(EightyFiveWithKept(7), AsOf);

        // Ids 2–8 kept on 04-01 … 04-07: the five latest (ids 4–8) take the points, the two oldest are capped.
        var kept = evaluation.Lines.Where(l => l.RecordId >= 2).OrderBy(l => l.RecordId).ToList();
        Assert.Equal([0, 0, 1, 1, 1, 1, 1], kept.Select(l => l.Points));
        Assert.All(kept.Take(2), l => Assert.True(l.ReducedByCap));
        Assert.All(kept.Take(2), l => Assert.Equal("本项加分已达上限 +5", l.Note));
        Assert.All(kept.Skip(2), l => Assert.False(l.ReducedByCap));
    }

    [Fact]
    public void KeepsFiveWhileSixStillCountAndDropsBelowOnceFewerRemain()
    {
        var facts = EightyFiveWithKept(7);

        // 2027-04-01: the commitment of 2026-04-01 has stopped counting, six remain → still +5.
        Assert.Equal(90, Grader.Evaluate(facts, Day.Of(2027, 4, 1)).Score.Value);

        // 2027-04-04: those of 04-01 … 04-04 have stopped, three remain (04-05, 04-06, 04-07) → +3.
        Assert.Equal(88, Grader.Evaluate(facts, Day.Of(2027, 4, 4)).Score.Value);
    }
}
