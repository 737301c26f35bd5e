using System.Globalization;
using System.Text;

namespace FangchengCredit.Web.Infrastructure.Spreadsheets;

/// <summary>How header names and cell values written by hand are read.</summary>
public static class SpreadsheetText
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];

    /// <summary>
    /// Header names as staff type them: surrounding spaces (also full-width ones) and a required-field mark "*" removed,
    /// full-width parentheses （） read as (). "法定代表人（身份证号）" and " 法定代表人(身份证号) " are the same column.
    /// </summary>
    public static string NormaliseHeader(string? header)
    {
        if (string.IsNullOrEmpty(header)) return string.Empty;
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            switch (c)
            {
                case '\uFEFF' or '\u200B': break;
                case '（': builder.Append('('); break;
                case '）': builder.Append(')'); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString().Trim().Trim('*', '＊').Trim();
    }

    /// <summary>Dates as yyyy-MM-dd or yyyy/MM/dd (a leading zero may be left out); real Excel date cells arrive as yyyy-MM-dd.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
