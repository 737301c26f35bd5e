using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Licensing;

namespace FangchengCredit.Domain.Tests.Licensing;

public class CommitmentEligibilityDecisions
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly CommitmentEligibilityPolicy Policy = new(LicensingRules.Default);

    private static EligibilityFacts Clean(CreditGrade grade = CreditGrade.B) => new() { Grade = grade };

    [Theory]
    [InlineData(CreditGrade.A, true)]
    [InlineData(CreditGrade.B, true)]
    [InlineData(CreditGrade.C, false)]
    [InlineData(CreditGrade.D, false)]
    public void OnlyGradesAAndBMayCommit(CreditGrade grade, bool eligible)
    {
        var result = Policy.Evaluate(Clean(grade), Today);
        Assert.Equal(eligible, result.IsEligible);
        if (!eligible) Assert.Equal(IneligibilityKind.GradeTooLow, Assert.Single(result.Reasons).Kind);
    }

    [Fact]
    public void AListedEnterpriseMayNotCommitEvenWithGradeA()
    {
        var result = Policy.Evaluate(Clean(CreditGrade.A) with { IsBlacklisted = true }, Today);
        Assert.False(result.IsEligible);
        Assert.Equal(IneligibilityKind.Blacklisted, Assert.Single(result.Reasons).Kind);
        Assert.False(result.GreenChannel);
    }

    [Fact]
    public void ABreachedCommitmentBarsForExactlyOneYear()
    {
        var facts = Clean() with { BreachedCommitmentDates = [new DateOnly(2025, 11, 28)] };
        // 2025-11-28 + 12 months = 2026-11-28: still barred on 2026-11-27, free on 2026-11-28.
        Assert.Equal(IneligibilityKind.RecentBreachedCommitment, Assert.Single(Policy.Evaluate(facts, Today).Reasons).Kind);
        Assert.True(Policy.Evaluate(facts, new DateOnly(2026, 11, 28)).IsEligible);
    }

    [Fact]
    public void ABanBarsUpToAndIncludingItsLastDay()
    {
        var facts = Clean() with { DeficiencyBanUntil = Today };
        Assert.Equal(IneligibilityKind.DeficiencyBan, Assert.Single(Policy.Evaluate(facts, Today).Reasons).Kind);
        Assert.True(Policy.Evaluate(facts, Today.AddDays(1)).IsEligible);
    }

    [Fact]
    public void EveryReasonIsListedNotJustTheFirst()
    {
        var facts = new EligibilityFacts
        {
            Grade = CreditGrade.D, IsBlacklisted = true, BreachedCommitmentDates = [Today.AddDays(-10)], DeficiencyBanUntil = Today.AddMonths(6),
        };
        var kinds = Policy.Evaluate(facts, Today).Reasons.Select(r => r.Kind).ToList();
        Assert.Equal([IneligibilityKind.GradeTooLow, IneligibilityKind.Blacklisted, IneligibilityKind.RecentBreachedCommitment, IneligibilityKind.DeficiencyBan], kinds);
    }

    [Fact]
    public void TheReasonsSpeakChinese()
    {
        var reason = Assert.Single(Policy.Evaluate(Clean(CreditGrade.C), Today).Reasons);
        Assert.Equal("信用等级为 C（失信风险），需 B 级及以上", reason.Message);
    }

    [Theory]
    [InlineData(CreditGrade.A, true)]
    [InlineData(CreditGrade.B, false)]
    public void OnlyGradeAGetsTheGreenChannel(CreditGrade grade, bool green) =>
        Assert.Equal(green, Policy.Evaluate(Clean(grade), Today).GreenChannel);

    [Fact]
    public void PlainApplicationsNeedNoEligibility()
    {
        var result = Policy.Evaluate(Clean(CreditGrade.D), Today);
        Assert.True(result.Allows(CommitmentMode.None));
        Assert.False(result.Allows(CommitmentMode.AcceptWithDeficiencies));
        Assert.False(result.Allows(CommitmentMode.NotifyAndCommit));
    }
}
