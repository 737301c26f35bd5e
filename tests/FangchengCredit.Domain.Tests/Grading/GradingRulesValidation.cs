using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingRulesValidation
{
    [Fact]
    public void AcceptsThePublishedTable()
    {
        var policy = new CreditGradingPolicy(GradingRules.Default2026_1);

        Assert.Equal("2026.1", policy.Rules.RuleVersion);
    }

    public static TheoryData<GradingRules> BrokenRules() =>
    [
        new GradingRules { RuleVersion = " " },
        new GradingRules { PenaltyGeneral = new GradingRow { Points = 5, Months = 12 } },
        new GradingRules { Commendation = new GradingRow { Points = -5, Months = 12 } },
        new GradingRules { PenaltySummary = new GradingRow { Points = -2, Months = 0 } },
        new GradingRules { HazardNotRectified = new GradingRow { Points = -15, Months = 121 } },
        new GradingRules { CommitmentKeptCap = -1 },
        new GradingRules { LiabilityInsuranceBonus = -2 },
        new GradingRules { GradeAMinimum = 101 },
        new GradingRules { GradeBMinimum = 90 },
        new GradingRules { GradeCMinimum = 0 },
        new GradingRules { RepairedRecordPercent = 150 },
        new GradingRules { RepairedRecordPercent = -1 },
    ];

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void RefusesATableThatCannotBeRight(GradingRules rules)
    {
        Assert.Throws<DomainException>(() => new CreditGradingPolicy(rules));
    }
}
