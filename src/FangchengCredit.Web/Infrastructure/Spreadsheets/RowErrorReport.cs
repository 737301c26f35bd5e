using FangchengCredit.Web.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace FangchengCredit.Web.Infrastructure.Spreadsheets;

/// <summary>Writes the rows an import refused as an .xlsx the user can fix the file from: 行号, 列, 错误原因.</summary>
public sealed class RowErrorReport(IStringLocalizer<SharedResource> l)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] ToXlsx(IEnumerable<RowError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        string row = l["行号"], column = l["列"], message = l["错误原因"];
        var rows = errors.Select(e => new Dictionary<string, object?> { [row] = e.Row, [column] = e.Column, [message] = e.Message }).ToList();
        if (rows.Count == 0) rows.Add(new Dictionary<string, object?> { [row] = null, [column] = null, [message] = null });
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: l["错误报告"]);
        return stream.ToArray();
    }
}
