namespace FangchengCredit.Domain.Records;

/// <summary>
/// 公示截止期: the last day a record is published.
/// </summary>
public static class PublicationPeriod
{
    /// <summary>
    /// The last day of publication, counting the decision day as the first day (the same arithmetic as the grading window:
    /// decided 2026-03-01 with 12 months → published to 2027-02-28 inclusive). Null when the severity is configured as
    /// not published (0 months).
    /// </summary>
    public static DateOnly? EndFor(RecordSeverity severity, DateOnly decisionDate, PublicationPeriodRules? rules = null)
    {
        rules ??= PublicationPeriodRules.Default;
        rules.EnsureValid();

        var months = rules.MonthsFor(severity);
        return months == 0 ? null : decisionDate.AddMonths(months).AddDays(-1);
    }
}
