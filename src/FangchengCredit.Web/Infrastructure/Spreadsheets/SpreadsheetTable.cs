namespace FangchengCredit.Web.Infrastructure.Spreadsheets;

/// <summary>
/// One data row of an uploaded sheet. <see cref="Number"/> is the row number the user sees in Excel (the header is row 1
/// when it is the first line); cells are keyed by column name (the canonical name when the column was asked for).
/// </summary>
public sealed class SpreadsheetRow
{
    private static readonly IReadOnlySet<string> NoColumns = new HashSet<string>();

    private readonly IReadOnlyDictionary<string, string> _cells;
    private readonly IReadOnlySet<string> _numberCells;

    public SpreadsheetRow(int number, IReadOnlyDictionary<string, string> cells, IReadOnlySet<string>? numberCells = null)
    {
        Number = number;
        _cells = cells;
        _numberCells = numberCells ?? NoColumns;
    }

    public int Number { get; }

    public IReadOnlyDictionary<string, string> Cells => _cells;

    /// <summary>The trimmed text of a cell; empty when the cell or the whole column is absent.</summary>
    public string this[string column] => _cells.TryGetValue(column, out var value) ? value : string.Empty;

    public bool IsEmpty(string column) => this[column].Length == 0;

    /// <summary>
    /// True when the .xlsx cell held a number rather than text. Long identifiers typed into a number cell lose their last digits
    /// (Excel keeps 15 significant digits), so importers use this to tell the user to format the column as text.
    /// </summary>
    public bool WasNumber(string column) => _numberCells.Contains(column);
}

/// <summary>A sheet read by <see cref="SpreadsheetReader"/>: its header row and its non-blank data rows.</summary>
public sealed record SpreadsheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SpreadsheetRow> Rows)
{
    /// <summary>The row number of the header line (1 unless blank lines precede it).</summary>
    public int HeaderRowNumber { get; init; } = 1;

    /// <summary>Which of <paramref name="required"/> the header row lacks, in the order given.</summary>
    public IReadOnlyList<string> MissingColumns(IEnumerable<string> required) =>
        required.Where(c => !Headers.Contains(c, StringComparer.Ordinal)).ToList();

    public bool HasColumn(string column) => Headers.Contains(column, StringComparer.Ordinal);
}

/// <summary>The file cannot be read as a table at all (wrong type, empty, damaged, too large). The message is for the user.</summary>
public sealed class SpreadsheetException : Exception
{
    public SpreadsheetException(string message) : base(message) { }

    public SpreadsheetException(string message, Exception innerException) : base(message, innerException) { }

    public SpreadsheetException() { }
}

/// <summary>A problem with one cell (or one row, with an empty column) of an uploaded sheet.</summary>
public sealed record RowError(int Row, string Column, string Message);
