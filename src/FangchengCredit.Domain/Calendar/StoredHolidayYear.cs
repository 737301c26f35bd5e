using System.Globalization;
using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Calendar;

/// <summary>
/// A <see cref="HolidayYear"/> as stored and edited by an administrator: the off days and the 调休 working weekend days as text lists
/// (yyyy-MM-dd, separated by commas, spaces or new lines). Always valid: it is only ever set from a <see cref="HolidayYear"/>.
/// </summary>
public sealed class StoredHolidayYear
{
    public int Year { get; private set; }

    public string OffDays { get; private set; } = string.Empty;

    public string WorkingWeekendDays { get; private set; } = string.Empty;

    public int Version { get; private set; }

    private StoredHolidayYear() { }

    public StoredHolidayYear(HolidayYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        Year = year.Year;
        Replace(year);
    }

    public void Replace(HolidayYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year.Year != Year) throw new DomainException("年份不能修改");
        OffDays = Format(year.OffDays);
        WorkingWeekendDays = Format(year.WorkingWeekendDays);
    }

    public HolidayYear ToHolidayYear() => Parse(Year, OffDays, WorkingWeekendDays);

    /// <summary>Parses the two text lists into a checked year; throws DomainException naming the first bad entry.</summary>
    public static HolidayYear Parse(int year, string? offDays, string? workingWeekendDays) =>
        new(year, Dates(offDays, "放假日"), Dates(workingWeekendDays, "调休上班日"));

    private static List<DateOnly> Dates(string? text, string what)
    {
        var days = new List<DateOnly>();
        foreach (var part in (text ?? string.Empty).Split([',', '，', ' ', '\n', '\r', '\t', ';', '；', '、'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DateOnly.TryParseExact(part, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                throw new DomainException($"{what}“{part}”不是有效日期（格式 yyyy-MM-dd）");
            days.Add(day);
        }
        return days;
    }

    private static string Format(IEnumerable<DateOnly> days) =>
        string.Join(", ", days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
