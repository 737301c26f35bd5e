using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Licensing;

/// <summary>The configurable defaults of domain.md §7 and §9 ([default] marks in the brief).</summary>
public sealed class LicensingRules
{
    public static readonly LicensingRules Default = new();

    /// <summary>Worst grade still allowed to use 告知承诺 or 容缺受理 [default: B].</summary>
    public CreditGrade WorstGradeForCommitment { get; init; } = CreditGrade.B;

    /// <summary>A breached or false commitment within this many months bars both modes [default: 12].</summary>
    public int BreachLookbackMonths { get; init; } = 12;

    /// <summary>Working days the applicant has to supply what 容缺受理 left missing [default: 10].</summary>
    public int DeficiencyDeadlineWorkingDays { get; init; } = 10;

    /// <summary>How long a breach bars the applicant from 容缺受理 [default: 12 months].</summary>
    public int DeficiencyBanMonths { get; init; } = 12;

    /// <summary>Green-channel target handling time in working days [default: 5].</summary>
    public int GreenChannelTargetWorkingDays { get; init; } = 5;

    /// <summary>Licences are flagged this many months before they expire [default: 3].</summary>
    public int ExpiryReminderMonths { get; init; } = 3;

    public void EnsureValid()
    {
        if (BreachLookbackMonths is < 0 or > 60) throw new DomainException("失信承诺回溯期应为 0–60 个月");
        if (DeficiencyDeadlineWorkingDays is < 1 or > 60) throw new DomainException("容缺补正期限应为 1–60 个工作日");
        if (DeficiencyBanMonths is < 0 or > 60) throw new DomainException("容缺受理限制期应为 0–60 个月");
        if (GreenChannelTargetWorkingDays is < 1 or > 60) throw new DomainException("绿色通道目标办理时限应为 1–60 个工作日");
        if (ExpiryReminderMonths is < 0 or > 24) throw new DomainException("到期提醒应为 0–24 个月");
    }
}
