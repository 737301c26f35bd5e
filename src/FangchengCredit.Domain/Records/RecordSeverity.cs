namespace FangchengCredit.Domain.Records;

/// <summary>
/// 失信信息的严重程度 (信用修复管理办法): decides how long a record is published and when repair may be applied for.
/// </summary>
public enum RecordSeverity
{
    /// <summary>轻微失信</summary>
    Minor = 0,

    /// <summary>一般失信</summary>
    General = 1,

    /// <summary>严重失信</summary>
    Serious = 2,
}
