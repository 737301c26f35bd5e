using System.Globalization;
using System.Text;
using FangchengCredit.Web.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace FangchengCredit.Web.Infrastructure.Spreadsheets;

/// <summary>What to read and how much at most.</summary>
public sealed record SpreadsheetReadOptions
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    /// <summary>The column names the caller knows; headers are matched to them after <see cref="SpreadsheetText.NormaliseHeader"/>.</summary>
    public IReadOnlyCollection<string> Columns { get; init; } = [];

    public int MaxRows { get; init; } = 50_000;

    public long MaxBytes { get; init; } = DefaultMaxBytes;
}

/// <summary>
/// Reads the staff's 台账 uploads: .xlsx (first sheet) and .csv in UTF-8 (with or without BOM) or GB18030, which is what
/// Chinese Excel writes for "CSV". The first non-blank row is the header, in any column order; blank rows are skipped;
/// row numbers are the ones Excel shows. Reused by every import (enterprises, penalties, accidents).
/// </summary>
public sealed class SpreadsheetReader(IStringLocalizer<SharedResource> l)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static readonly IReadOnlyList<string> SupportedExtensions = [".xlsx", ".csv"];

    public async Task<SpreadsheetTable> ReadAsync(Stream content, string fileName, SpreadsheetReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
            throw new SpreadsheetException(l["只能上传 .xlsx 或 .csv 文件（当前文件为“{0}”）。", Path.GetFileName(fileName ?? string.Empty)]);

        var bytes = await ReadAllAsync(content, options.MaxBytes, cancellationToken);
        if (bytes.Length == 0) throw new SpreadsheetException(l["文件是空的，请选择填写好的文件。"]);

        var raw = extension == ".csv" ? ReadCsv(bytes) : ReadXlsx(bytes);
        return Tabulate(raw, options);
    }

    /// <summary>Detects the text encoding of a CSV file: a BOM means UTF-8; bytes that decode as strict UTF-8 are UTF-8; anything else is GB18030.</summary>
    public static string DecodeText(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.Value.GetString(bytes);
        }
    }

    private async Task<byte[]> ReadAllAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new SpreadsheetException(l["文件超过 {0} MB 的上限，请分批导入。", maxBytes / (1024 * 1024)]);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private List<RawRow> ReadXlsx(byte[] bytes)
    {
        var rows = new List<RawRow>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var number = 0;
            // Without a header row MiniExcel keys cells by column letter and yields gap rows as empty ones, so the count is Excel's row number.
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                number++;
                var cells = new List<string>(row.Count);
                HashSet<int>? numbers = null;
                var index = 0;
                foreach (var value in row.Values)
                {
                    cells.Add(CellText(value));
                    if (value is double or float or decimal or int or long) (numbers ??= []).Add(index);
                    index++;
                }
                rows.Add(new RawRow(number, cells, numbers));
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // A damaged or foreign file fails in many ways inside the zip and XML readers; every one of them means "cannot read".
            throw new SpreadsheetException(l["无法读取该 .xlsx 文件，文件可能已损坏或不是 Excel 2007 及以上版本的格式（.xls 请先另存为 .xlsx）。"], e);
        }
        return rows;
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };

    private static List<RawRow> ReadCsv(byte[] bytes)
    {
        var text = DecodeText(bytes);
        var rows = new List<RawRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldWasQuoted = false;
        var number = 1;
        var i = 0;

        void EndField()
        {
            fields.Add(fieldWasQuoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            fieldWasQuoted = false;
        }

        void EndRow()
        {
            EndField();
            rows.Add(new RawRow(number, fields.Select(f => f.Trim()).ToList(), null));
            fields.Clear();
            number++;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
                i++;
                continue;
            }
            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0:
                    field.Clear();
                    inQuotes = true;
                    fieldWasQuoted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    EndRow();
                    break;
                case '\n':
                    EndRow();
                    break;
                default:
                    field.Append(c);
                    break;
            }
            i++;
        }
        if (field.Length > 0 || fields.Count > 0 || inQuotes) EndRow();
        return rows;
    }

    private SpreadsheetTable Tabulate(List<RawRow> raw, SpreadsheetReadOptions options)
    {
        var header = raw.FirstOrDefault(r => r.Cells.Any(c => c.Length > 0))
                     ?? throw new SpreadsheetException(l["文件中没有内容：第一行应为表头（列名）。"]);

        var canonical = options.Columns.ToDictionary(SpreadsheetText.NormaliseHeader, c => c, StringComparer.Ordinal);
        var names = new string?[header.Cells.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < header.Cells.Count; c++)
        {
            var normalised = SpreadsheetText.NormaliseHeader(header.Cells[c]);
            if (normalised.Length == 0) continue;
            var name = canonical.GetValueOrDefault(normalised, normalised);
            if (!seen.Add(name)) throw new SpreadsheetException(l["表头中“{0}”出现了不止一次，请删除重复的列。", name]);
            names[c] = name;
        }

        var rows = new List<SpreadsheetRow>();
        foreach (var row in raw.Where(r => r.Number > header.Number))
        {
            if (row.Cells.All(c => c.Length == 0)) continue;
            if (rows.Count == options.MaxRows)
                throw new SpreadsheetException(l["每次最多导入 {0} 行数据，请分批导入。", options.MaxRows]);
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            HashSet<string>? numberCells = null;
            for (var c = 0; c < row.Cells.Count && c < names.Length; c++)
            {
                if (names[c] is not { } name) continue;
                cells[name] = row.Cells[c];
                if (row.NumberColumns?.Contains(c) == true) (numberCells ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
            }
            rows.Add(new SpreadsheetRow(row.Number, cells, numberCells));
        }
        return new SpreadsheetTable(names.OfType<string>().ToList(), rows) { HeaderRowNumber = header.Number };
    }

    private sealed record RawRow(int Number, List<string> Cells, HashSet<int>? NumberColumns);
}
