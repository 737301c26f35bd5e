namespace FangchengCredit.Domain.Licensing;

/// <summary>Where a licence application stands.</summary>
public enum ApplicationStatus
{
    /// <summary>已受理，审查中</summary>
    UnderReview = 0,

    /// <summary>准予许可</summary>
    Approved = 1,

    /// <summary>不予许可</summary>
    Refused = 2,

    /// <summary>终止办理（容缺违约等）</summary>
    Terminated = 3,
}
