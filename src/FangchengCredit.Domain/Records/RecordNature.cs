namespace FangchengCredit.Domain.Records;

/// <summary>Whether a record speaks for or against its subject.</summary>
public enum RecordNature
{
    /// <summary>失信信息</summary>
    Dishonest = 0,

    /// <summary>守信信息</summary>
    Honest = 1,

    /// <summary>记录在案：a non-liability accident reported truthfully — on file, but neither good nor bad.</summary>
    OnFile = 2,
}
