using System.Globalization;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Infrastructure.Spreadsheets;
using FangchengCredit.Web.Resources;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>
/// Reads the cells of one record-import row, adding a precise Chinese reason (row, column) for every cell it refuses and
/// returning null for it, so that every problem of the row is reported at once.
/// </summary>
internal sealed class RecordRowReader(SpreadsheetRow cells, List<RowError> errors, IStringLocalizer<SharedResource> l)
{
    /// <summary>Excel's serial day numbers of 1990-01-01 and 2100-12-31: a number cell in this range in a date column is a date.</summary>
    private const int FirstSerialDay = 32874;
    private const int LastSerialDay = 73415;

    public int Number => cells.Number;

    public void Error(string column, string message) => errors.Add(new RowError(cells.Number, column, message));

    public string? Text(string column, int maxLength, bool required = true)
    {
        var text = cells[column];
        if (text.Length == 0)
        {
            if (required) Error(column, l["{0}不能为空", column]);
            return null;
        }
        if (text.Length > maxLength)
        {
            Error(column, l["{0}不能超过 {1} 个字符", column, maxLength]);
            return null;
        }
        return text;
    }

    /// <summary>yyyy-MM-dd, yyyy/MM/dd, an Excel date cell, or an Excel serial day number; not after <paramref name="today"/>.</summary>
    public DateOnly? Date(string column, DateOnly today)
    {
        var text = cells[column];
        if (text.Length == 0)
        {
            Error(column, l["{0}不能为空", column]);
            return null;
        }
        if (!TryDate(text, cells.WasNumber(column), out var date))
        {
            Error(column, l["日期“{0}”格式不正确，应为 yyyy-MM-dd 或 yyyy/MM/dd", text]);
            return null;
        }
        if (date > today)
        {
            Error(column, l["{0}（{1}）晚于今天（{2}），不能登记未来的日期", column, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            return null;
        }
        return date;
    }

    /// <summary>An amount in 万元: empty is 0; negative, non-numeric, finer than 6 decimals (one 分) or beyond the maximum is refused.</summary>
    public decimal? WanYuanAmount(string column)
    {
        var text = cells[column].Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (text.Length == 0) return 0m;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            Error(column, l["金额“{0}”不是有效的数字（单位：万元，如 1.5）", cells[column]]);
            return null;
        }
        if (amount < 0)
        {
            Error(column, l["金额不能为负数（当前为 {0}）", cells[column]]);
            return null;
        }
        if (decimal.Round(amount, 6) != amount)
        {
            Error(column, l["金额“{0}”最多保留 6 位小数（单位万元，精确到分）", cells[column]]);
            return null;
        }
        if (amount > WanYuan.Maximum)
        {
            Error(column, l["金额“{0}”超出合理范围（不超过 {1} 万元），请检查单位是否为万元", cells[column], WanYuan.Format(WanYuan.Maximum)]);
            return null;
        }
        return amount;
    }

    /// <summary>A whole number, 0 or more.</summary>
    public long? Count(string column, long max)
    {
        var text = cells[column].Replace(",", string.Empty, StringComparison.Ordinal);
        if (text.Length == 0)
        {
            Error(column, l["{0}不能为空（没有请填 0）", column]);
            return null;
        }
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value != decimal.Truncate(value))
        {
            Error(column, l["{0}应为整数（当前为“{1}”）", column, cells[column]]);
            return null;
        }
        if (value < 0)
        {
            Error(column, l["{0}不能为负数", column]);
            return null;
        }
        if (value > max)
        {
            Error(column, l["{0}“{1}”超出合理范围", column, cells[column]]);
            return null;
        }
        return (long)value;
    }

    /// <summary>是 or 否.</summary>
    public bool? YesNo(string column)
    {
        var text = cells[column];
        switch (text)
        {
            case "是": return true;
            case "否": return false;
            case "":
                Error(column, l["{0}不能为空，应填写“是”或“否”", column]);
                return null;
            default:
                Error(column, l["{0}“{1}”无效，应填写“是”或“否”", column, text]);
                return null;
        }
    }

    internal static bool TryDate(string text, bool wasNumber, out DateOnly date)
    {
        // A date cell with a time of day ("2026-03-01 00:00:00" typed as text, or a timestamp) keeps its day.
        var day = text.Length > 10 && text[10] == ' ' ? text[..10] : text;
        if (SpreadsheetText.TryParseDate(day, out date)) return true;
        if (wasNumber && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial)
            && serial is >= FirstSerialDay and <= LastSerialDay)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        return false;
    }
}
