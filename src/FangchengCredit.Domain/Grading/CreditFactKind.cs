namespace FangchengCredit.Domain.Grading;

/// <summary>
/// What a credit record is, as far as grading cares.
/// </summary>
public enum CreditFactKind
{
    /// <summary>简易程序行政处罚</summary>
    PenaltySummary = 0,

    /// <summary>一般程序行政处罚</summary>
    PenaltyGeneral = 1,

    /// <summary>责令停产停业、暂扣或吊销许可证照</summary>
    PenaltySuspensionOrLicence = 2,

    /// <summary>生产安全事故</summary>
    Accident = 3,

    /// <summary>失信承诺（违背承诺或虚假承诺）</summary>
    CommitmentBreached = 4,

    /// <summary>重大事故隐患逾期未整改</summary>
    HazardNotRectified = 5,

    /// <summary>表彰奖励</summary>
    Commendation = 6,

    /// <summary>按期履行承诺</summary>
    CommitmentKept = 7,
}
