using FangchengCredit.Domain.Calendar;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Licensing;

namespace FangchengCredit.Domain.Tests.Licensing;

public class CommitmentLifecycle
{
    private static readonly DateOnly Signed = new(2026, 9, 28);

    // 10 working days after Monday 2026-09-28: 9/29, 9/30, (国庆 10/1–10/7 off), 10/8, 10/9, 10/10 (调休 Saturday), 10/12, 10/13, 10/14, 10/15, 10/16.
    private static readonly DateOnly Due = new(2026, 10, 16);

    private static Commitment TwoItemsOwed() => Commitment.AcceptWithDeficiencies(7, Signed,
        [("安全评价报告", WorkingDayCalendar.Official.AddWorkingDays(Signed, 10)), ("应急预案备案表", WorkingDayCalendar.Official.AddWorkingDays(Signed, 10))]);

    [Fact]
    public void TheDefaultDeadlineCrossesTheNationalDayBreak() =>
        Assert.Equal(Due, WorkingDayCalendar.Official.AddWorkingDays(Signed, LicensingRules.Default.DeficiencyDeadlineWorkingDays));

    [Fact]
    public void IsKeptWhenTheLastItemArrivesOnTheDeadline()
    {
        var commitment = TwoItemsOwed();
        Assert.False(commitment.MarkItemReceived("安全评价报告", new DateOnly(2026, 10, 9), "李明"));
        Assert.Equal(CommitmentStatus.Pending, commitment.Status);
        Assert.True(commitment.MarkItemReceived("应急预案备案表", Due, "李明"));
        Assert.Equal(CommitmentStatus.Kept, commitment.Status);
        Assert.Equal(Due, commitment.ConcludedOn);
    }

    [Fact]
    public void IsOverdueOnlyFromTheDayAfterTheDeadline()
    {
        var commitment = TwoItemsOwed();
        Assert.False(commitment.IsOverdue(Due));
        Assert.True(commitment.IsOverdue(Due.AddDays(1)));
        Assert.Throws<DomainException>(() => commitment.MarkBreached(Due));
    }

    [Fact]
    public void ABreachNamesWhatWasMissing()
    {
        var commitment = TwoItemsOwed();
        commitment.MarkItemReceived("安全评价报告", new DateOnly(2026, 10, 9), "李明");
        commitment.MarkBreached(Due.AddDays(1));
        Assert.Equal(CommitmentStatus.Breached, commitment.Status);
        Assert.Equal("逾期未补正：应急预案备案表", commitment.ConclusionNote);
    }

    [Fact]
    public void ALateMaterialCannotBeCountedAsKeptOnTime()
    {
        var commitment = TwoItemsOwed();
        var ex = Assert.Throws<DomainException>(() => commitment.MarkItemReceived("安全评价报告", Due.AddDays(1), "李明"));
        Assert.Contains("已超过补正期限", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutcomeIsFinal()
    {
        var commitment = TwoItemsOwed();
        commitment.MarkBreached(Due.AddDays(3));
        Assert.Throws<DomainException>(() => commitment.MarkItemReceived("安全评价报告", Due, "李明"));
        Assert.Throws<DomainException>(() => commitment.DeclareFalse(Due.AddDays(4), "材料伪造"));
    }

    [Fact]
    public void AKeptCommitmentFoundFalseLaterBecomesFalse()
    {
        var commitment = Commitment.NotifyAndCommit(7, Signed);
        commitment.MarkKeptOnDecision(Signed.AddDays(1));
        commitment.DeclareFalse(new DateOnly(2027, 1, 5), "现场核查发现未配备专职安全管理人员");
        Assert.Equal(CommitmentStatus.False, commitment.Status);
        Assert.Equal(new DateOnly(2027, 1, 5), commitment.ConcludedOn);
    }

    [Fact]
    public void DeficiencyAcceptanceMustListWhatIsOwedOnceEach()
    {
        Assert.Throws<DomainException>(() => Commitment.AcceptWithDeficiencies(7, Signed, []));
        Assert.Throws<DomainException>(() => Commitment.AcceptWithDeficiencies(7, Signed, [("安全评价报告", Due), ("安全评价报告", Due)]));
        Assert.Throws<DomainException>(() => Commitment.AcceptWithDeficiencies(7, Signed, [("安全评价报告", Signed.AddDays(-1))]));
    }
}
