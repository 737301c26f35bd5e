namespace FangchengCredit.Domain.Enterprises;

/// <summary>经营状态 as the bureau tracks it.</summary>
public enum OperatingStatus
{
    /// <summary>在营</summary>
    Operating = 0,

    /// <summary>停产整顿</summary>
    SuspendedForRectification = 1,

    /// <summary>注销</summary>
    Deregistered = 2,
}
