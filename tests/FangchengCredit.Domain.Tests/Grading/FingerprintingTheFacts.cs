using System.Reflection;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>
/// The daily job skips evaluating a stored grade whose facts have the same fingerprint while its stretch lasts (decision 0016):
/// so every fact grading reads, and every rule, must change the fingerprint, and equal facts must not.
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

        Assert.Equal(policy.FingerprintOf(Facts(Accident())), policy.FingerprintOf(Facts(Accident())));
        Assert.Equal(policy.FingerprintOf(Facts(Accident())), policy.Evaluate(Facts(Accident()), On).FactsFingerprint);
        Assert.Equal(
            policy.FingerprintOf(Facts(Accident())),
            new CreditGradingPolicy(new GradingRules()).FingerprintOf(Facts(Accident())));
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

        Assert.NotEqual(policy.FingerprintOf(facts), policy.FingerprintOf(changed));
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
            new CreditGradingPolicy(rules).FingerprintOf(facts),
            new CreditGradingPolicy(other).FingerprintOf(facts));
    }
}
