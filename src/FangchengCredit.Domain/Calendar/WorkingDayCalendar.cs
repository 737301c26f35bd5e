using System.Collections.Frozen;
using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Calendar;

/// <summary>
/// 工作日历: counts working days for statutory deadlines (5, 7, 10, 20 工作日). A day is a working day when the year's
/// arrangement says so; for a year with no arrangement the calendar falls back to Monday–Friday and callers should warn staff
/// (see <see cref="YearsWithoutData"/>), because the real holidays of that year are not yet known.
/// </summary>
/// <remarks>
/// Counting convention, as in 《民法典》第二百零一条: the day an event happens is not counted; counting starts
/// on the next day. So <c>AddWorkingDays(start, n)</c> is the n-th working day after <c>start</c>, and
/// <c>WorkingDaysBetween(from, to)</c> counts working days d with from &lt; d ≤ to. The two agree:
/// <c>WorkingDaysBetween(s, AddWorkingDays(s, n)) == n</c>.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> LazyOfficial = new(() => new WorkingDayCalendar(OfficialHolidays.All));

    private readonly FrozenDictionary<int, HolidayYear> _years;

    /// <exception cref="DomainException">Two arrangements are given for the same year.</exception>
    public WorkingDayCalendar(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var byYear = new Dictionary<int, HolidayYear>();
        foreach (var year in years)
        {
            ArgumentNullException.ThrowIfNull(year, nameof(years));
            if (!byYear.TryAdd(year.Year, year))
            {
                throw new DomainException($"{year.Year}年的放假安排重复");
            }
        }

        _years = byYear.ToFrozenDictionary();
        YearsWithData = Array.AsReadOnly(byYear.Keys.Order().ToArray());
    }

    /// <summary>
    /// The calendar built from the arrangements the portal ships with (<see cref="OfficialHolidays.All"/>). The Web layer should
    /// prefer the administrator-maintained arrangements from the database, which can add later years.
    /// </summary>
    // Lazy so that a mistake in the shipped data surfaces where it is used, not as a type initializer failure of this class.
    public static WorkingDayCalendar Official => LazyOfficial.Value;

    /// <summary>Years that have an official arrangement, ascending.</summary>
    public IReadOnlyList<int> YearsWithData { get; }

    public bool HasDataFor(int year) => _years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly date) =>
        _years.TryGetValue(date.Year, out var arrangement)
            ? arrangement.IsWorkingDay(date)
            : !HolidayYear.IsWeekend(date);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; <paramref name="start"/> itself is never
    /// counted, even when it is a working day. Zero returns <paramref name="start"/> unchanged.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="workingDays"/> is negative: statutory periods only run forward, and a backward count has no single
    /// convention that keeps the round trip with <see cref="WorkingDaysBetween"/>, so we refuse it rather than guess.
    /// </exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>
    /// The number of working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/> — "how many working days have
    /// passed since <paramref name="from"/> by <paramref name="to"/>". When <paramref name="to"/> is before
    /// <paramref name="from"/> the result is the same count taken the other way round and negated, so a deadline already
    /// passed shows as a negative number of working days remaining.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from; day < to;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Years touched by the range (both ends inclusive, in either order) that have no official arrangement, ascending —
    /// for a warning such as "2027年放假安排尚未录入，期限按周末推算，仅供参考".
    /// </summary>
    public IReadOnlyList<int> YearsWithoutData(DateOnly from, DateOnly to)
    {
        var first = Math.Min(from.Year, to.Year);
        var last = Math.Max(from.Year, to.Year);
        return Enumerable.Range(first, last - first + 1).Where(year => !HasDataFor(year)).ToArray();
    }
}
