namespace FangchengCredit.Domain.Records;

/// <summary>
/// Links a penalty's grading row to its publication severity, so a penalty needs to be classified only once.
/// </summary>
public static class PenaltySeverityMapping
{
    public static RecordSeverity ToRecordSeverity(this PenaltySeverity severity) => severity switch
    {
        PenaltySeverity.Summary => RecordSeverity.Minor,
        PenaltySeverity.General => RecordSeverity.General,
        PenaltySeverity.SuspensionOrLicence => RecordSeverity.Serious,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "未知的处罚档次。"),
    };
}
