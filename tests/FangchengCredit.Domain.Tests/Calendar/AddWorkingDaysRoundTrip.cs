using FangchengCredit.Domain.Calendar;

namespace FangchengCredit.Domain.Tests.Calendar;

/// <summary>
/// Property-style: for every start day from late 2024 to early 2028 (known years and fallback years alike) and every
/// period up to 25 working days, adding and then counting must agree, and the result must be the first day that does.
/// </summary>
public class AddWorkingDaysRoundTrip
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Official;

    [Fact]
    public void CountingBackTheAddedDaysGivesTheSameNumber()
    {
        var failures = new List<string>();
        for (var start = new DateOnly(2024, 12, 1); start <= new DateOnly(2028, 1, 31); start = start.AddDays(1))
        {
            for (var n = 0; n <= 25; n++)
            {
                var end = _calendar.AddWorkingDays(start, n);
                if (_calendar.WorkingDaysBetween(start, end) != n)
                {
                    failures.Add($"{start:yyyy-MM-dd} + {n} = {end:yyyy-MM-dd}, counted back {_calendar.WorkingDaysBetween(start, end)}");
                }

                if (n > 0 && !_calendar.IsWorkingDay(end))
                {
                    failures.Add($"{start:yyyy-MM-dd} + {n} = {end:yyyy-MM-dd}, which is not a working day");
                }

                if (n > 0 && _calendar.WorkingDaysBetween(start, end.AddDays(-1)) != n - 1)
                {
                    failures.Add($"{start:yyyy-MM-dd} + {n} = {end:yyyy-MM-dd}, but an earlier day already reached {n}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void CountingIsAntisymmetric()
    {
        var failures = new List<string>();
        var anchor = new DateOnly(2026, 2, 15);
        for (var other = new DateOnly(2025, 1, 1); other <= new DateOnly(2027, 12, 31); other = other.AddDays(7))
        {
            if (_calendar.WorkingDaysBetween(anchor, other) != -_calendar.WorkingDaysBetween(other, anchor))
            {
                failures.Add($"{other:yyyy-MM-dd}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void SplittingARangeAddsUp()
    {
        var from = new DateOnly(2025, 9, 1);
        var to = new DateOnly(2026, 11, 30);
        var total = _calendar.WorkingDaysBetween(from, to);

        for (var middle = from; middle <= to; middle = middle.AddDays(11))
        {
            Assert.Equal(total, _calendar.WorkingDaysBetween(from, middle) + _calendar.WorkingDaysBetween(middle, to));
        }
    }
}
