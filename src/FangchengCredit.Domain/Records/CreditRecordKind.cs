namespace FangchengCredit.Domain.Records;

/// <summary>
/// 信用记录种类. One list for every kind of record so that later features (licensing commitments, hidden hazards)
/// add a value here and a source table of their own, without a new records table.
/// </summary>
public enum CreditRecordKind
{
    /// <summary>生产安全事故 (details in the Accidents table, same id)</summary>
    Accident = 0,

    /// <summary>行政处罚 (details in the AdministrativePenalties table, same id)</summary>
    Penalty = 1,

    /// <summary>表彰奖励</summary>
    Commendation = 2,

    /// <summary>按期履行承诺 (source: the commitment)</summary>
    CommitmentKept = 3,

    /// <summary>失信承诺（违背承诺或虚假承诺） (source: the commitment)</summary>
    CommitmentBreached = 4,

    /// <summary>重大事故隐患逾期未整改 (source: the inspection)</summary>
    HazardNotRectified = 5,
}
