using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Infrastructure.Spreadsheets;

namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>What a record import file holds.</summary>
public enum RecordImportKind
{
    /// <summary>行政处罚</summary>
    Penalties,

    /// <summary>生产安全事故</summary>
    Accidents,
}

public enum RecordImportOutcome
{
    /// <summary>Every row was valid; all were saved and the affected enterprises regraded in one transaction.</summary>
    Saved,

    /// <summary>The file could not be read as a table (type, size, damage, no rows). Nothing saved.</summary>
    Unreadable,

    /// <summary>The header row lacks required columns. Nothing saved.</summary>
    MissingColumns,

    /// <summary>At least one row is invalid; every error of every row is listed. Nothing saved.</summary>
    RowErrors,

    /// <summary>Someone recorded the same decision (or changed the same grades) while the import ran. Nothing saved.</summary>
    Conflict,
}

/// <summary>An enterprise the import regraded: its stored grade before (null when it had never been graded) and after.</summary>
public sealed record GradeChange(long EnterpriseId, string Code, string Name, CreditGrade? OldGrade, int? OldScore, CreditGrade NewGrade, int NewScore)
{
    /// <summary>A first grade is not a change: there was nothing to change from.</summary>
    public bool GradeChanged => OldGrade is not null && OldGrade != NewGrade;
}

/// <summary>What a penalty or accident import did, or why it saved nothing.</summary>
public sealed record RecordImportResult
{
    public required RecordImportKind Kind { get; init; }

    public required RecordImportOutcome Outcome { get; init; }

    /// <summary>For <see cref="RecordImportOutcome.Unreadable"/>, <see cref="RecordImportOutcome.MissingColumns"/> and <see cref="RecordImportOutcome.Conflict"/>.</summary>
    public string? Message { get; init; }

    public IReadOnlyList<string> MissingColumns { get; init; } = [];

    /// <summary>Sorted by row, then by the column's position in the template.</summary>
    public IReadOnlyList<RowError> Errors { get; init; } = [];

    /// <summary>Records created (one per data row when saved).</summary>
    public int Created { get; init; }

    /// <summary>Every enterprise that received a record, regraded once after the import, in file order.</summary>
    public IReadOnlyList<GradeChange> Regraded { get; init; } = [];

    /// <summary>Data rows read from the file (blank rows not counted).</summary>
    public int RowCount { get; init; }

    public string FileName { get; init; } = string.Empty;

    public bool Saved => Outcome == RecordImportOutcome.Saved;
}
