using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Licensing;

namespace FangchengCredit.Domain.Tests.Licensing;

public class LicenceValidityAndRevocation
{
    private static readonly LicenceType Chemicals = new("危险化学品经营许可证（无储存）", 30, 36);

    private static Licence Issued() => Licence.Issue(1, Chemicals, "豫宛方危化经字〔2026〕001号", "方应急许〔2026〕1号", "汽油、柴油（无储存）", new DateOnly(2026, 3, 1));

    [Fact]
    public void IsValidForThreeYearsThroughTheDayBefore()
    {
        var licence = Issued();
        Assert.Equal(new DateOnly(2029, 2, 28), licence.ValidUntil);
        Assert.True(licence.IsValidOn(new DateOnly(2029, 2, 28)));
        Assert.False(licence.IsValidOn(new DateOnly(2029, 3, 1)));
    }

    [Fact]
    public void IsFlaggedForRenewalThreeMonthsBeforeExpiry()
    {
        var licence = Issued();
        // Last valid day 2029-02-28; three months before it is 2028-11-28.
        Assert.False(licence.IsExpiringSoon(new DateOnly(2028, 11, 27), 3));
        Assert.True(licence.IsExpiringSoon(new DateOnly(2028, 11, 28), 3));
        Assert.False(licence.IsExpiringSoon(new DateOnly(2029, 3, 1), 3));
    }

    [Fact]
    public void RevocationNeedsAChiefOtherThanTheProposer()
    {
        var licence = Issued();
        licence.ProposeRevocation("容缺承诺逾期未补正", "system");
        Assert.Throws<DomainException>(() => licence.ConfirmRevocation("system", new DateOnly(2026, 4, 1)));
        licence.ConfirmRevocation("chief@fangcheng.local", new DateOnly(2026, 4, 1));
        Assert.Equal(LicenceStatus.Revoked, licence.Status);
        Assert.False(licence.IsValidOn(new DateOnly(2026, 4, 2)));
    }

    [Fact]
    public void ARejectedProposalLeavesTheLicenceValid()
    {
        var licence = Issued();
        licence.ProposeRevocation("误报", "staff@fangcheng.local");
        licence.RejectRevocation("chief@fangcheng.local");
        Assert.Equal(LicenceStatus.Valid, licence.Status);
        Assert.Null(licence.RevocationReason);
    }

    [Fact]
    public void TheTwoCountyLicencesAreSeededWithTheirStatutoryLimits()
    {
        var defaults = LicenceType.Defaults();
        Assert.Collection(defaults,
            t => { Assert.Equal(30, t.DecisionWorkingDays); Assert.Equal(36, t.ValidityMonths); },
            t => { Assert.Equal(20, t.DecisionWorkingDays); Assert.Equal(24, t.ValidityMonths); });
    }
}
