using FangchengCredit.Web.Infrastructure.Spreadsheets;

namespace FangchengCredit.Web.Features.EnterpriseImport;

public enum EnterpriseImportOutcome
{
    /// <summary>Every row was valid and all were saved in one transaction.</summary>
    Saved,

    /// <summary>The file could not be read as a table (type, size, damage, no rows). Nothing saved.</summary>
    Unreadable,

    /// <summary>The header row lacks required columns. Nothing saved.</summary>
    MissingColumns,

    /// <summary>At least one row is invalid; every error of every row is listed. Nothing saved.</summary>
    RowErrors,

    /// <summary>Someone changed the same enterprises or people while the import ran. Nothing saved; importing again is safe.</summary>
    Conflict,
}

/// <summary>What an enterprise import did, or why it saved nothing.</summary>
public sealed record EnterpriseImportResult
{
    public required EnterpriseImportOutcome Outcome { get; init; }

    /// <summary>For <see cref="EnterpriseImportOutcome.Unreadable"/>, <see cref="EnterpriseImportOutcome.MissingColumns"/> and <see cref="EnterpriseImportOutcome.Conflict"/>.</summary>
    public string? Message { get; init; }

    public IReadOnlyList<string> MissingColumns { get; init; } = [];

    /// <summary>Sorted by row, then by the column's position in the template.</summary>
    public IReadOnlyList<RowError> Errors { get; init; } = [];

    /// <summary>Codes registered by this import, in file order.</summary>
    public IReadOnlyList<string> Created { get; init; } = [];

    /// <summary>Codes that existed and were brought up to date, in file order.</summary>
    public IReadOnlyList<string> Updated { get; init; } = [];

    /// <summary>Data rows read from the file (blank rows not counted).</summary>
    public int RowCount { get; init; }

    public string FileName { get; init; } = string.Empty;

    public bool Saved => Outcome == EnterpriseImportOutcome.Saved;
}
