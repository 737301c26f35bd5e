namespace FangchengCredit.Domain.Licensing;

/// <summary>Chinese names of the licensing enums (used as localisation keys).</summary>
public static class LicensingNames
{
    public static string ChineseName(this CommitmentMode mode) => mode switch
    {
        CommitmentMode.None => "一般办理",
        CommitmentMode.NotifyAndCommit => "告知承诺",
        CommitmentMode.AcceptWithDeficiencies => "容缺受理",
        _ => mode.ToString(),
    };

    public static string ChineseName(this CommitmentStatus status) => status switch
    {
        CommitmentStatus.Pending => "履行中",
        CommitmentStatus.Kept => "已履约",
        CommitmentStatus.Breached => "已违约",
        CommitmentStatus.False => "虚假承诺",
        _ => status.ToString(),
    };

    public static string ChineseName(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.UnderReview => "审查中",
        ApplicationStatus.Approved => "准予许可",
        ApplicationStatus.Refused => "不予许可",
        ApplicationStatus.Terminated => "终止办理",
        _ => status.ToString(),
    };

    public static string ChineseName(this LicenceStatus status) => status switch
    {
        LicenceStatus.Valid => "有效",
        LicenceStatus.RevocationProposed => "待确认撤销",
        LicenceStatus.Revoked => "已撤销",
        _ => status.ToString(),
    };
}
