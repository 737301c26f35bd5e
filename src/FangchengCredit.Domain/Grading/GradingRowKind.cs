namespace FangchengCredit.Domain.Grading;

/// <summary>
/// The row of the grading table that produced an explanation line.
/// </summary>
public enum GradingRowKind
{
    /// <summary>简易程序行政处罚</summary>
    PenaltySummary = 0,

    /// <summary>一般程序行政处罚</summary>
    PenaltyGeneral = 1,

    /// <summary>责令停产停业、暂扣或吊销许可证照</summary>
    PenaltySuspensionOrLicence = 2,

    /// <summary>一般责任事故（有人死亡）</summary>
    LiabilityAccidentWithDeath = 3,

    /// <summary>一般责任事故（无人死亡，有人重伤）</summary>
    LiabilityAccidentWithSeriousInjury = 4,

    /// <summary>一般责任事故（仅财产损失）</summary>
    LiabilityAccidentPropertyLossOnly = 5,

    /// <summary>较大及以上责任事故</summary>
    LiabilityAccidentLargerOrAbove = 6,

    /// <summary>瞒报、谎报事故</summary>
    ConcealedAccident = 7,

    /// <summary>失信承诺</summary>
    CommitmentBreached = 8,

    /// <summary>重大事故隐患逾期未整改</summary>
    HazardNotRectified = 9,

    /// <summary>表彰奖励</summary>
    Commendation = 10,

    /// <summary>按期履行承诺</summary>
    CommitmentKept = 11,

    /// <summary>安全生产标准化</summary>
    Standardisation = 12,

    /// <summary>安全生产责任保险</summary>
    LiabilityInsurance = 13,
}
