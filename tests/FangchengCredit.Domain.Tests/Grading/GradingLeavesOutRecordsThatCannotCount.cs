using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>
/// Expired, voided and revoked records never count, and nothing else in an evaluation reads them: the daily job reads only
/// the records that can count (decision 0018). These seeded random fact sets hold the whole evaluation to that.
/// </summary>
public class GradingLeavesOutRecordsThatCannotCount
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    private const int SeedCount = 60;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, SeedCount)];

    [Fact]
    public void OnlyActiveAndRepairedRecordsCanCount()
    {
        Assert.Equal([CreditRecordStatus.Active, CreditRecordStatus.Repaired], CreditGradingPolicy.StatusesThatCanCount);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FactsWithoutThemEvaluateAndFingerprintAlike(int seed)
    {
        var policy = new CreditGradingPolicy(seed % 4 == 0 ? new GradingRules { RepairedRecordPercent = 0, CommitmentKeptCap = 3 } : GradingRules.Default2026_1);
        var facts = GradingForeseesTheNextChangeOfAnyFacts.RandomFacts(new Random(seed));
        var counting = new GradingFacts
        {
            Records = [.. facts.Records.Where(r => CreditGradingPolicy.CanEverCount(r.Status))],
            Standardisation = facts.Standardisation,
            LiabilityInsuranceValidUntil = facts.LiabilityInsuranceValidUntil,
            IsBlacklisted = facts.IsBlacklisted,
        };

        foreach (var day in new[] { AsOf, AsOf.AddDays(200), AsOf.AddYears(2) })
        {
            Assert.Equal(policy.Evaluate(facts, day), policy.Evaluate(counting, day), SameEvaluation.Instance);
            Assert.Equal(policy.FingerprintOf(facts, day), policy.FingerprintOf(counting, day));
        }
    }

    [Fact]
    public void TheSeedsLeaveOutRecordsOfEveryStatusThatCannotCount()
    {
        // Otherwise the theory above would prove nothing for that status.
        var statuses = Enumerable.Range(1, SeedCount)
            .SelectMany(seed => GradingForeseesTheNextChangeOfAnyFacts.RandomFacts(new Random(seed)).Records)
            .Select(r => r.Status).Where(s => !CreditGradingPolicy.CanEverCount(s)).ToHashSet();

        Assert.Equal([CreditRecordStatus.Expired, CreditRecordStatus.Revoked, CreditRecordStatus.Voided], statuses.Order());
    }
}
