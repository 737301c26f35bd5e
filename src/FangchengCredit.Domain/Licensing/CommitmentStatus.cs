namespace FangchengCredit.Domain.Licensing;

/// <summary>Where a credit commitment stands; every outcome stays in the credit file.</summary>
public enum CommitmentStatus
{
    /// <summary>履约中</summary>
    Pending = 0,

    /// <summary>已履约 (kept on time → good record)</summary>
    Kept = 1,

    /// <summary>已违约 (deadline missed → bad record, 容缺 ban)</summary>
    Breached = 2,

    /// <summary>虚假承诺 (found false → handled as a breach)</summary>
    False = 3,
}
