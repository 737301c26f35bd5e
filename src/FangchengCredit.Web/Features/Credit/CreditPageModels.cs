using System.Globalization;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Web.Features.Credit;

public sealed record EnterpriseSummary(long Id, string Name, string Code, string? LegalRepresentative);

/// <summary>An explanation line with the record it speaks of (null for the standardisation and insurance bonuses).</summary>
public sealed record ExplanationRow(ExplanationEntry Entry, RecordRow? Record);

public sealed record EvidenceRow(long Id, string FileName, long SizeBytes)
{
    public string SizeText => SizeBytes >= 1024 * 1024
        ? (SizeBytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, SizeBytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
}

public sealed record RecordRow(
    long Id,
    CreditRecordKind Kind,
    DateOnly Date,
    string Title,
    string? DocumentNumber,
    RecordNature Nature,
    RecordSeverity? Severity,
    DateOnly? PublicationEnd,
    CreditRecordStatus Status,
    string? PersonName,
    string? VoidReason,
    IReadOnlyList<EvidenceRow> Evidence)
{
    public bool Counts => CreditGradingPolicy.CanEverCount(Status);
}

public sealed record GradePoint(DateOnly AsOf, CreditGrade Grade, int Score);

/// <summary>Everything the credit page, 我的信用 and the report show about one enterprise.</summary>
public sealed record CreditPageModel(
    EnterpriseSummary Enterprise,
    CurrentCreditGrade Current,
    // The day the grade is shown as of: today, while the stored result stands for it (CurrentCreditGrade.ShownAsOf).
    DateOnly AsOf,
    IReadOnlyList<ExplanationRow> Explanation,
    IReadOnlyList<GradePoint> History,
    IReadOnlyList<RecordRow> Records,
    JointMeasures Measures,
    SupervisionIntensity Supervision)
{
    public string? OverrideReason => Current.Override.ChineseReason();

    public int PointsTotal => Explanation.Sum(e => e.Entry.Points);

    /// <summary>100 plus the lines: differs from the score only when the sum ran past 0 or 100 and was clamped.</summary>
    public int UnclampedScore => GradingRules.StartingScore + PointsTotal;
}

/// <summary>The records table, as the credit page (links to details), 我的信用 (evidence downloads) and the report (neither) show it.</summary>
public sealed record RecordsTableModel(IReadOnlyList<RecordRow> Records, bool LinkToDetails, bool ShowEvidence);

/// <summary>Which of the enterprise's pages is shown ("credit", "records").</summary>
