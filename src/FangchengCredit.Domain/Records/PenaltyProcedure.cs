namespace FangchengCredit.Domain.Records;

/// <summary>
/// 行政处罚程序: kept beside the 处罚类别 because together they decide the grading row.
/// </summary>
public enum PenaltyProcedure
{
    /// <summary>简易程序</summary>
    Summary = 0,

    /// <summary>一般程序</summary>
    General = 1,
}
