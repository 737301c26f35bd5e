namespace FangchengCredit.Domain.Records;

/// <summary>The Chinese names of the record enumerations, as shown on pages and in reports.</summary>
public static class CreditRecordNames
{
    public static string ChineseName(this CreditRecordKind kind) => kind switch
    {
        CreditRecordKind.Accident => "生产安全事故",
        CreditRecordKind.Penalty => "行政处罚",
        CreditRecordKind.Commendation => "表彰奖励",
        CreditRecordKind.CommitmentKept => "按期履行承诺",
        CreditRecordKind.CommitmentBreached => "失信承诺",
        CreditRecordKind.HazardNotRectified => "重大事故隐患逾期未整改",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的信用记录种类。"),
    };

    public static string ChineseName(this CreditRecordStatus status) => status switch
    {
        CreditRecordStatus.Active => "有效",
        CreditRecordStatus.Expired => "已过期",
        CreditRecordStatus.Repaired => "已修复",
        CreditRecordStatus.Revoked => "已撤销",
        CreditRecordStatus.Voided => "已作废",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "未知的信用记录状态。"),
    };

    public static string ChineseName(this RecordSeverity severity) => severity switch
    {
        RecordSeverity.Minor => "轻微失信",
        RecordSeverity.General => "一般失信",
        RecordSeverity.Serious => "严重失信",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "未知的失信严重程度。"),
    };

    public static string ChineseName(this RecordNature nature) => nature switch
    {
        RecordNature.Dishonest => "失信",
        RecordNature.Honest => "守信",
        RecordNature.OnFile => "记录在案",
        _ => throw new ArgumentOutOfRangeException(nameof(nature), nature, "未知的记录性质。"),
    };

    public static string ChineseName(this PenaltyProcedure procedure) => procedure switch
    {
        PenaltyProcedure.Summary => "简易程序",
        PenaltyProcedure.General => "一般程序",
        _ => throw new ArgumentOutOfRangeException(nameof(procedure), procedure, "未知的处罚程序。"),
    };

    public static string ChineseName(this PenaltySeverity severity) => severity switch
    {
        PenaltySeverity.Summary => "简易程序处罚",
        PenaltySeverity.General => "一般程序处罚",
        PenaltySeverity.SuspensionOrLicence => "责令停产停业、暂扣或吊销证照",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "未知的处罚档次。"),
    };

    public static string ChineseName(this PenaltySubjectCategory category) => category switch
    {
        PenaltySubjectCategory.LegalEntity => "法人及非法人组织",
        PenaltySubjectCategory.NaturalPerson => "自然人",
        PenaltySubjectCategory.IndividualBusiness => "个体工商户",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "未知的行政相对人类别。"),
    };

    /// <summary>Good records are the ones the grading adds points for.</summary>
    public static bool IsGood(this CreditRecordKind kind) =>
        kind is CreditRecordKind.Commendation or CreditRecordKind.CommitmentKept;
}
