using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>
/// The next change is found without building explanations for the days ahead (the daily job's cost); these sets of
/// seeded random facts hold it to the plain definition: the first later day on which grading gives another grade.
/// </summary>
public class GradingForeseesTheNextChangeOfAnyFacts
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NextChangeIsTheFirstLaterDayWithAnotherGrade(int seed)
    {
        var rules = seed % 4 == 0 ? new GradingRules { RepairedRecordPercent = 0, CommitmentKeptCap = 3 } : GradingRules.Default2026_1;
        var policy = new CreditGradingPolicy(rules);
        var facts = RandomFacts(new Random(seed));

        var now = policy.Evaluate(facts, AsOf);

        DateOnly? firstOther = null;
        CreditGrade? otherGrade = null;
        // Every record counts for at most five years (GradingRules.MaximumMonths): later days cannot differ.
        for (var day = AsOf.AddDays(1); day <= AsOf.AddYears(6); day = day.AddDays(1))
        {
            var grade = policy.Evaluate(facts, day).Grade;
            if (grade != now.Grade)
            {
                firstOther = day;
                otherGrade = grade;
                break;
            }
        }

        Assert.Equal(firstOther, now.NextChange);
        Assert.Equal(otherGrade, now.NextChangeGrade);
    }

    internal static GradingFacts RandomFacts(Random random)
    {
        var records = new List<CreditFact>();
        var count = random.Next(0, 20);
        for (var id = 1; id <= count; id++)
        {
            // Three years back to half a year ahead (a record may be dated later than the evaluation).
            var date = AsOf.AddDays(random.Next(-3 * 365, 180));
            var status = random.Next(10) switch
            {
                0 => CreditRecordStatus.Repaired,
                1 => CreditRecordStatus.Expired,
                2 => CreditRecordStatus.Voided,
                3 => CreditRecordStatus.Revoked,
                _ => CreditRecordStatus.Active,
            };
            records.Add(random.Next(10) switch
            {
                0 => CreditFact.Penalty(id, (PenaltySeverity)random.Next(3), date, status),
                1 => CreditFact.CommitmentBreached(id, date, status),
                2 => CreditFact.HazardNotRectified(id, date, status),
                3 => CreditFact.Commendation(id, date, status),
                4 or 5 or 6 or 7 => CreditFact.CommitmentKept(id, date, status),
                _ => RandomAccident(random, id, date, status),
            });
        }

        return new GradingFacts
        {
            Records = records,
            Standardisation = (StandardisationGrade)random.Next(4),
            LiabilityInsuranceValidUntil = random.Next(3) == 0 ? null : AsOf.AddDays(random.Next(-30, 400)),
            IsBlacklisted = random.Next(12) == 0,
        };
    }

    private static CreditFact RandomAccident(Random random, long id, DateOnly date, CreditRecordStatus status)
    {
        var deaths = random.Next(4) == 0 ? random.Next(1, 4) : 0;
        var injuries = random.Next(3) == 0 ? random.Next(1, 12) : 0;
        var implied = AccidentClassifier.Classify(deaths, injuries, directLossYuan: 0);
        var grade = random.Next(5) == 0 && implied < AccidentGrade.Larger ? AccidentGrade.Larger : implied;
        return CreditFact.Accident(id, date, grade, isLiability: random.Next(4) != 0, deaths, injuries, concealed: random.Next(6) == 0, status);
    }
}
