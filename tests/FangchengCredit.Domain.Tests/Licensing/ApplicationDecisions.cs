using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Licensing;

namespace FangchengCredit.Domain.Tests.Licensing;

public class ApplicationDecisions
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly CommitmentEligibilityPolicy Policy = new(LicensingRules.Default);

    private static CommitmentEligibility For(CreditGrade grade) => Policy.Evaluate(new EligibilityFacts { Grade = grade }, Day);

    [Fact]
    public void AGradeCApplicantCannotBeAcceptedWithDeficiencies()
    {
        var commitment = Commitment.AcceptWithDeficiencies(1, Day, [("安全评价报告", Day.AddDays(14))]);
        var ex = Assert.Throws<DomainException>(() => LicenceApplication.Accept(1, 1, Day, For(CreditGrade.C), commitment, Day.AddDays(40), Day.AddDays(7)));
        Assert.Contains("需 B 级及以上", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGradeCApplicantMayStillApplyTheOrdinaryWay()
    {
        var application = LicenceApplication.Accept(1, 1, Day, For(CreditGrade.C), null, Day.AddDays(40), Day.AddDays(7));
        Assert.Equal(CommitmentMode.None, application.Mode);
        Assert.False(application.GreenChannel);
        Assert.Equal(Day.AddDays(40), application.TargetDate);
    }

    [Fact]
    public void GradeAGetsTheGreenChannelAndTheShorterTarget()
    {
        var application = LicenceApplication.Accept(1, 1, Day, For(CreditGrade.A), null, Day.AddDays(40), Day.AddDays(7));
        Assert.True(application.GreenChannel);
        Assert.Equal(Day.AddDays(7), application.TargetDate);
        Assert.Equal(Day.AddDays(40), application.StatutoryDeadline);
    }

    [Fact]
    public void ADeficiencyApplicationIsApprovedOnlyOnceEverythingArrived()
    {
        var commitment = Commitment.AcceptWithDeficiencies(1, Day, [("安全评价报告", Day.AddDays(14))]);
        var application = LicenceApplication.Accept(1, 1, Day, For(CreditGrade.B), commitment, Day.AddDays(40), Day.AddDays(7));
        Assert.Throws<DomainException>(() => application.Approve(Day.AddDays(3), 99));
        commitment.MarkItemReceived("安全评价报告", Day.AddDays(5), "李明");
        application.Approve(Day.AddDays(6), 99);
        Assert.Equal(ApplicationStatus.Approved, application.Status);
    }

    [Fact]
    public void ApprovingANotifyAndCommitApplicationKeepsTheCommitment()
    {
        var commitment = Commitment.NotifyAndCommit(1, Day);
        var application = LicenceApplication.Accept(1, 1, Day, For(CreditGrade.A), commitment, Day.AddDays(40), Day.AddDays(7));
        application.Approve(Day, 5);
        Assert.Equal(CommitmentStatus.Kept, commitment.Status);
    }

    [Fact]
    public void ADecidedApplicationCannotBeDecidedAgain()
    {
        var application = LicenceApplication.Accept(1, 1, Day, For(CreditGrade.B), null, Day.AddDays(40), Day.AddDays(7));
        application.Refuse(Day.AddDays(2), "经营场所不符合要求");
        Assert.Throws<DomainException>(() => application.Terminate(Day.AddDays(3), "违约"));
        Assert.Throws<DomainException>(() => LicenceApplication.Accept(1, 1, Day, For(CreditGrade.B), null, Day.AddDays(40), Day.AddDays(7)).Refuse(Day, " "));
    }
}
