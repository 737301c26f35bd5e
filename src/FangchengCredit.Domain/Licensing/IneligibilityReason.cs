namespace FangchengCredit.Domain.Licensing;

/// <summary>One reason an applicant may not use a commitment mode, with a Chinese sentence for staff and the applicant.</summary>
public sealed record IneligibilityReason(IneligibilityKind Kind, string Message);

public enum IneligibilityKind
{
    /// <summary>信用等级低于 B</summary>
    GradeTooLow,

    /// <summary>列入严重失信主体名单</summary>
    Blacklisted,

    /// <summary>近一年有失信承诺</summary>
    RecentBreachedCommitment,

    /// <summary>容缺受理限制期内</summary>
    DeficiencyBan,
}
