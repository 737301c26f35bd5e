using System.Collections.Frozen;
using System.Globalization;
using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Calendar;

/// <summary>
/// 年度放假调休安排: one year's official arrangement, as published by 国务院办公厅 — the days off and the weekend days
/// that are worked instead (调休上班). Days not mentioned follow the ordinary week (Monday–Friday working).
/// </summary>
public sealed class HolidayYear
{
    private readonly FrozenSet<DateOnly> _offDays;
    private readonly FrozenSet<DateOnly> _workingWeekendDays;

    /// <exception cref="DomainException">
    /// A date lies outside <paramref name="year"/>, a 调休 working day is not a Saturday or Sunday,
    /// or a date is listed both as off and as worked.
    /// </exception>
    public HolidayYear(int year, IEnumerable<DateOnly> offDays, IEnumerable<DateOnly> workingWeekendDays)
    {
        ArgumentNullException.ThrowIfNull(offDays);
        ArgumentNullException.ThrowIfNull(workingWeekendDays);
        if (year < DateOnly.MinValue.Year || year > DateOnly.MaxValue.Year)
        {
            throw new DomainException($"年份 {year} 超出范围");
        }

        var off = offDays.Order().Distinct().ToArray();
        var worked = workingWeekendDays.Order().Distinct().ToArray();

        foreach (var day in off)
        {
            if (day.Year != year)
            {
                throw new DomainException($"放假日 {Format(day)} 不属于{year}年");
            }
        }

        var offSet = off.ToFrozenSet();
        foreach (var day in worked)
        {
            if (day.Year != year)
            {
                throw new DomainException($"调休上班日 {Format(day)} 不属于{year}年");
            }

            if (!IsWeekend(day))
            {
                throw new DomainException($"调休上班日 {Format(day)}（{WeekdayName(day)}）不是周六或周日");
            }

            if (offSet.Contains(day))
            {
                throw new DomainException($"{Format(day)} 不能既是放假日又是调休上班日");
            }
        }

        Year = year;
        OffDays = Array.AsReadOnly(off);
        WorkingWeekendDays = Array.AsReadOnly(worked);
        _offDays = offSet;
        _workingWeekendDays = worked.ToFrozenSet();
    }

    public int Year { get; }

    /// <summary>放假日, ascending. Weekend days inside a holiday block are listed too, as the State Council notice lists them.</summary>
    public IReadOnlyList<DateOnly> OffDays { get; }

    /// <summary>调休上班日, ascending: Saturdays or Sundays that are worked.</summary>
    public IReadOnlyList<DateOnly> WorkingWeekendDays { get; }

    /// <exception cref="ArgumentOutOfRangeException">The date is not in <see cref="Year"/>.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        if (date.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"日期不属于{Year}年");
        }

        if (_workingWeekendDays.Contains(date))
        {
            return true;
        }

        return !_offDays.Contains(date) && !IsWeekend(date);
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string WeekdayName(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };
}
