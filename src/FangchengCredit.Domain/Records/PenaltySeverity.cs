namespace FangchengCredit.Domain.Records;

/// <summary>
/// 行政处罚的计分档次: which §5 grading row a penalty falls in. Ordered from mildest to harshest.
/// </summary>
public enum PenaltySeverity
{
    /// <summary>简易程序处罚</summary>
    Summary = 0,

    /// <summary>一般程序处罚（警告、罚款、没收违法所得）</summary>
    General = 1,

    /// <summary>责令停产停业，或暂扣、吊销许可证照</summary>
    SuspensionOrLicence = 2,
}
