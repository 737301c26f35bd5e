using System.Reflection;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>
/// The daily job skips evaluating a stored grade whose facts have the same fingerprint while its stretch lasts (decision 0016):
/// so every fact grading reads, and every rule, must change the fingerprint, and equal facts must not; records that can no
/// longer count on the day are left out, so that the job's own expiries do not rewrite unchanged grades.
/// </summary>
public class FingerprintingTheFacts
{
    private static readonly DateOnly On = Day.Of(2026, 3, 1);

    private static GradingFacts Facts(params CreditFact[] records) => new()
    {
        Records = records,
        Standardisation = StandardisationGrade.Level2,
        LiabilityInsuranceValidUntil = Day.Of(2026, 12, 31),
    };

    private static CreditFact Accident(long id = 1, DateOnly? on = null, AccidentGrade grade = AccidentGrade.General, bool liability = true,
        int deaths = 1, int injuries = 2, bool concealed = false, CreditRecordStatus status = CreditRecordStatus.Active) =>
        CreditFact.Accident(id, on ?? On, grade, liability, deaths, injuries, concealed, status);

    [Fact]
    public void EqualFactsHaveEqualFingerprintsAndTheEvaluationCarriesIt()
    {
        var policy = new CreditGradingPolicy(GradingRules.Default2026_1);

        Assert.Equal(policy.FingerprintOf(Facts(Accident()), On), policy.FingerprintOf(Facts(Accident()), On));
        Assert.Equal(policy.FingerprintOf(Facts(Accident()), On), policy.Evaluate(Facts(Accident()), On).FactsFingerprint);
        Assert.Equal(
            policy.FingerprintOf(Facts(Accident()), On),
            new CreditGradingPolicy(new GradingRules()).FingerprintOf(Facts(Accident()), On));
    }

    public static TheoryData<string> FactChanges() =>
        ["record id", "kind", "date", "status", "accident grade", "liability", "deaths", "injuries", "concealed", "one more record",
         "order", "standardisation", "insurance", "no insurance", "blacklisted"];

    [Theory]
    [MemberData(nameof(FactChanges))]
    public void AnyFactGradingReadsChangesTheFingerprint(string change)
    {
        var policy = new CreditGradingPolicy(GradingRules.Default2026_1);
        var penalty = CreditFact.Penalty(2, PenaltySeverity.General, On);
        var facts = Facts(Accident(), penalty);
        var changed = change switch
        {
            "record id" => Facts(Accident(id: 3), penalty),
            "kind" => Facts(Accident(), CreditFact.Penalty(2, PenaltySeverity.Summary, On)),
            "date" => Facts(Accident(on: On.AddDays(1)), penalty),
            "status" => Facts(Accident(status: CreditRecordStatus.Repaired), penalty),
            "accident grade" => Facts(Accident(grade: AccidentGrade.Larger), penalty),
            "liability" => Facts(Accident(liability: false), penalty),
            "deaths" => Facts(Accident(deaths: 2), penalty),
            "injuries" => Facts(Accident(injuries: 3), penalty),
            "concealed" => Facts(Accident(concealed: true), penalty),
            "one more record" => Facts(Accident(), penalty, CreditFact.Commendation(4, On)),
            "order" => Facts(penalty, Accident()),
            "standardisation" => new GradingFacts { Records = facts.Records, Standardisation = StandardisationGrade.Level1, LiabilityInsuranceValidUntil = facts.LiabilityInsuranceValidUntil },
            "insurance" => new GradingFacts { Records = facts.Records, Standardisation = facts.Standardisation, LiabilityInsuranceValidUntil = Day.Of(2027, 1, 1) },
            "no insurance" => new GradingFacts { Records = facts.Records, Standardisation = facts.Standardisation },
            "blacklisted" => new GradingFacts { Records = facts.Records, Standardisation = facts.Standardisation, LiabilityInsuranceValidUntil = facts.LiabilityInsuranceValidUntil, IsBlacklisted = true },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        Assert.NotEqual(policy.FingerprintOf(facts, On), policy.FingerprintOf(changed, On));
    }

    public static TheoryData<string> RuleProperties() =>
        [.. typeof(GradingRules).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(RuleProperties))]
    public void EveryRuleChangesTheFingerprint(string property)
    {
        // Every settable rule, found by reflection: a rule added later but left out of the fingerprint fails here.
        var rules = new GradingRules();
        var info = typeof(GradingRules).GetProperty(property)!;
        var value = info.GetValue(rules);
        object changed = value switch
        {
            int n => n + 1,
            string s => s + "x",
            GradingRow row => new GradingRow { Points = row.Points, Months = row.Months + 1 },
            _ => throw new InvalidOperationException($"{property}: a rule of a type this test does not know"),
        };
        var other = new GradingRules();
        info.SetValue(other, changed);
        var facts = Facts(Accident());

        Assert.NotEqual(
            new CreditGradingPolicy(rules).FingerprintOf(facts, On),
            new CreditGradingPolicy(other).FingerprintOf(facts, On));
    }

    [Fact]
    public void ARecordSpentBeforeTheDayIsLeftOutWhateverItsStatus()
    {
        var policy = new CreditGradingPolicy(GradingRules.Default2026_1);
        var day = On.AddYears(2);
        // A general penalty counts for a year: two years on it is spent, whether still active, expired or gone.
        var spent = CreditFact.Penalty(2, PenaltySeverity.General, On);

        var without = policy.FingerprintOf(Facts(Accident(on: day)), day);

        Assert.Equal(without, policy.FingerprintOf(Facts(Accident(on: day), spent), day));
        Assert.Equal(without, policy.FingerprintOf(Facts(Accident(on: day), spent.WithStatus(CreditRecordStatus.Expired)), day));
        Assert.Equal(without, policy.FingerprintOf(Facts(Accident(on: day), CreditFact.Commendation(5, On, CreditRecordStatus.Voided)), day));
    }

    [Fact]
    public void ARecordThatStillCountsIsInItsStatusIncluded()
    {
        var policy = new CreditGradingPolicy(GradingRules.Default2026_1);
        var counting = CreditFact.Penalty(2, PenaltySeverity.General, On);

        var active = policy.FingerprintOf(Facts(Accident(), counting), On.AddMonths(6));

        Assert.NotEqual(active, policy.FingerprintOf(Facts(Accident()), On.AddMonths(6)));
        Assert.NotEqual(active, policy.FingerprintOf(Facts(Accident(), counting.WithStatus(CreditRecordStatus.Voided)), On.AddMonths(6)));
        Assert.NotEqual(active, policy.FingerprintOf(Facts(Accident(), counting.WithStatus(CreditRecordStatus.Expired)), On.AddMonths(6)));
        // A record dated later is a known fact: it is in.
        Assert.NotEqual(
            policy.FingerprintOf(Facts(Accident()), On),
            policy.FingerprintOf(Facts(Accident(), CreditFact.Commendation(6, On.AddMonths(3))), On));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FactsWithTheSameFingerprintOnADayEvaluateAlikeOnIt(int seed)
    {
        // Random facts and the same facts with every record that can no longer count on the day changed or removed.
        var policy = new CreditGradingPolicy(GradingRules.Default2026_1);
        var random = new Random(seed);
        var facts = GradingForeseesTheNextChangeOfAnyFacts.RandomFacts(random);
        var day = Day.Of(2026, 6, 1).AddDays(random.Next(-200, 200));
        var trimmed = new GradingFacts
        {
            Records = [.. facts.Records.Where(r => policy.LastDayCounted(r) is { } last && last >= day && r.Status is CreditRecordStatus.Active or CreditRecordStatus.Repaired)],
            Standardisation = facts.Standardisation,
            LiabilityInsuranceValidUntil = facts.LiabilityInsuranceValidUntil,
            IsBlacklisted = facts.IsBlacklisted,
        };

        var (full, lean) = (policy.Evaluate(facts, day), policy.Evaluate(trimmed, day));

        Assert.Equal(full.FactsFingerprint, lean.FactsFingerprint);
        Assert.True(full.Lines.SequenceEqual(lean.Lines));
        Assert.Equal(full with { Lines = full.Lines }, lean with { Lines = full.Lines });
    }
}
