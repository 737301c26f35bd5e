namespace FangchengCredit.Domain.Licensing;

/// <summary>How an application relies on the applicant's credit commitment (信用承诺, plan 三(一)).</summary>
public enum CommitmentMode
{
    /// <summary>普通办理: every material present, no commitment.</summary>
    None = 0,

    /// <summary>告知承诺: the applicant commits that every condition is met; the application is handled at once.</summary>
    NotifyAndCommit = 1,

    /// <summary>容缺受理: core materials present, some missing; accepted first against a written promise to supply them by a deadline.</summary>
    AcceptWithDeficiencies = 2,
}
