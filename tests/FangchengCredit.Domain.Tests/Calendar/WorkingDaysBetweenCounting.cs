using FangchengCredit.Domain.Calendar;

namespace FangchengCredit.Domain.Tests.Calendar;

public class WorkingDaysBetweenCounting
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Official;

    [Fact]
    public void CountsTheEndButNotTheStart()
    {
        // (9/30, 10/8]: only 10/8 is worked. 9/30 is a working day but is the start.
        Assert.Equal(1, _calendar.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 8)));

        // A working start (Wednesday 9/30) is not counted: nothing but holiday follows up to 10/7.
        Assert.Equal(0, _calendar.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 7)));

        // A working end (Thursday 10/8) is counted, even for a one-day range.
        Assert.Equal(1, _calendar.WorkingDaysBetween(new DateOnly(2026, 10, 7), new DateOnly(2026, 10, 8)));
    }

    [Fact]
    public void CountsAcrossSpringFestival()
    {
        // (2/13, 2/28]: 2/14, 2/24, 2/25, 2/26, 2/27, 2/28.
        Assert.Equal(6, _calendar.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void IsZeroForTheSameDay()
    {
        Assert.Equal(0, _calendar.WorkingDaysBetween(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void IsNegativeWhenTheEndIsBeforeTheStart()
    {
        // A deadline of 2/13 looked at on 2/28: six working days overdue.
        Assert.Equal(-6, _calendar.WorkingDaysBetween(new DateOnly(2026, 2, 28), new DateOnly(2026, 2, 13)));
    }

    [Fact]
    public void AddingZeroWorkingDaysReturnsTheStart()
    {
        Assert.Equal(new DateOnly(2026, 10, 3), _calendar.AddWorkingDays(new DateOnly(2026, 10, 3), 0));
    }

    [Fact]
    public void AddingANegativeNumberIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(new DateOnly(2026, 10, 3), -1));
    }
}
