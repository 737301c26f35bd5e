namespace FangchengCredit.Domain.Records;

/// <summary>
/// 信用记录状态.
/// </summary>
public enum CreditRecordStatus
{
    /// <summary>有效</summary>
    Active = 0,

    /// <summary>已过期</summary>
    Expired = 1,

    /// <summary>已修复</summary>
    Repaired = 2,

    /// <summary>已撤销（决定被撤销）</summary>
    Revoked = 3,

    /// <summary>已作废（录入错误）</summary>
    Voided = 4,
}
