using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>
/// An evaluation says through which day grading the same facts gives the same result, so that a stored grade can stand for
/// those days without being rewritten every day (decision 0016).
/// </summary>
public class GradingKnowsHowLongAnEvaluationStands
{
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void AGradeWithNothingAheadStandsIndefinitely()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithStandardisation(StandardisationGrade.Level2), AsOf);

        Assert.Null(evaluation.ValidThrough);
    }

    [Fact]
    public void StandsUntilTheDayBeforeARecordStopsCounting()
    {
        // A general penalty dated 2026-03-01 counts for a year: through 2027-02-28.
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 3, 1)), AsOf);

        Assert.Equal(Day.Of(2027, 2, 28), evaluation.ValidThrough);
    }

    [Fact]
    public void StandsUntilTheLastCoveredDayOfTheInsuranceWhenThatComesFirst()
    {
        var evaluation = Grader.Evaluate(
            new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 3, 1)).WithInsuranceValidUntil(Day.Of(2026, 9, 30)), AsOf);

        Assert.Equal(Day.Of(2026, 9, 30), evaluation.ValidThrough);
    }

    [Fact]
    public void StandsUntilTheDayBeforeALaterDatedRecordStartsCounting()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithCommendation(Day.Of(2026, 7, 15)), AsOf);

        Assert.Equal(Day.Of(2026, 7, 14), evaluation.ValidThrough);
    }

    [Fact]
    public void ARecordThatNeverCountsDoesNotShortenTheStretch()
    {
        var evaluation = Grader.Evaluate(
            new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 3, 1), CreditRecordStatus.Voided), AsOf);

        Assert.Null(evaluation.ValidThrough);
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryDayOfTheStretchGradesAlikeAndTheDayAfterDoesNot(int seed)
    {
        var policy = new CreditGradingPolicy(seed % 4 == 0 ? new GradingRules { RepairedRecordPercent = 0, CommitmentKeptCap = 3 } : GradingRules.Default2026_1);
        var facts = GradingForeseesTheNextChangeOfAnyFacts.RandomFacts(new Random(seed));

        var now = policy.Evaluate(facts, AsOf);

        // Every record counts for at most five years (GradingRules.MaximumMonths): six years ahead covers every stretch.
        var last = now.ValidThrough ?? AsOf.AddYears(6);
        for (var day = AsOf.AddDays(1); day <= last; day = day.AddDays(1))
        {
            Assert.Equal(now with { AsOf = day }, policy.Evaluate(facts, day), SameEvaluation.Instance);
        }

        if (now.ValidThrough is { } through)
        {
            // The stretch is not cut short: on the next day a line starts or stops.
            Assert.False(now.Lines.SequenceEqual(policy.Evaluate(facts, through.AddDays(1)).Lines));
        }
    }
}
